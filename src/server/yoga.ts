// The GraphQL HTTP handler: Yoga with the schema, request ids, logs and metrics, limits, CSRF and
// CORS policy, authentication, GraphiQL and compression. It is a plain fetch handler: tests call
// `yoga.fetch`, and the HTTP server only adapts node:http to it.
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createYoga } from "graphql-yoga";
import { type CorsPolicy, DEFAULT_CORS, DEFAULT_LIMITS, type Limits } from "../config.js";
import type { Context } from "../context.js";
import type { Database } from "../db/database.js";
import { DEFAULT_OUTBOUND_OPTIONS, type OutboundOptions } from "../outbound/options.js";
import { httpUpstreams, type Upstreams } from "../outbound/upstreams.js";
import { schema } from "../schema/index.js";
import { useTokenAuthentication } from "./auth-plugin.js";
import { graphiqlOptions, renderGraphiQL } from "./graphiql.js";
import { operationLimitPlugins, useBodyLimit } from "./limits.js";
import { type PersistedDocuments, persistedOperationPlugins } from "./persisted-operations.js";
import type { PersistedQueryStore } from "./persisted-query-store.js";
import { createLogger, type Logger, yogaLogger } from "./logger.js";
import { useCompression } from "./plugins/compression.js";
import { useCors } from "./plugins/cors.js";
import { createErrorMasker, useErrorReport } from "./plugins/error-masking.js";
import { useGraphiQLAssets } from "./plugins/graphiql-assets.js";
import { InFlight, useInFlight } from "./plugins/in-flight.js";
import { ServiceMetrics, useMetrics } from "./plugins/metrics.js";
import { useOperationCost } from "./plugins/operation-cost.js";
import { useOperationInfo } from "./plugins/operation-info.js";
import { useReadiness } from "./plugins/readiness.js";
import { useRequestId } from "./plugins/request-id.js";
import { useRequestLog } from "./plugins/request-log.js";
import { useValueFreeValidation } from "./value-free-errors.js";

export const GRAPHQL_PATH = "/graphql";

export interface ServiceOptions {
  outbound?: Partial<OutboundOptions>;
  /** The systems behind endpoints; default: the HTTP clients with the `outbound` limits. */
  upstreams?: Upstreams;
  limits?: Partial<Limits>;
  /** CORS (PROXBOX_CORS_*); no origins: CORS off. */
  cors?: Partial<CorsPolicy>;
  logger?: Logger;
  /** Serve /metrics (default true). */
  metrics?: boolean;
  /** The persisted documents and their mode (PROXBOX_PERSISTED_OPERATIONS); none: documents only. */
  persistedDocuments?: PersistedDocuments | null;
  /** Where accept mode keeps registered documents; default: memory, bounded as DEFAULTS says. */
  persistedQueryStore?: PersistedQueryStore;
}

export function createService(db: Database, options: ServiceOptions = {}) {
  const upstreams = options.upstreams ?? httpUpstreams({ ...DEFAULT_OUTBOUND_OPTIONS, ...options.outbound });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? createLogger({ level: "silent", format: "json" });
  const auth = useTokenAuthentication(db);
  const cors = { ...DEFAULT_CORS, ...options.cors };
  const inFlight = new InFlight();
  const metrics = options.metrics === false ? null : new ServiceMetrics(db);
  // In `only` mode the page is replaced by one that says GraphiQL is off (persisted-operations.ts).
  const graphiqlServed = options.persistedDocuments?.mode !== "only";
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: "/health",
    landingPage: false,
    batching: false,
    // useBodyLimit bounds the body by its Content-Length, which node:http holds the body to. Yoga's
    // own limit would pipe every body through a stream to count it again.
    maxRequestBodySize: false,
    // No field takes an upload.
    multipart: false,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: createErrorMasker(schema) },
    // Yoga's CORS answers origins it was not given (./plugins/cors.ts says how); ours replaces it.
    cors: false,
    graphiql: graphiqlOptions,
    renderGraphiQL,
    plugins: [
      // Ahead of the body limit and authentication, so that the probes /readiness and /metrics
      // answer whatever the request carries.
      useRequestId(),
      useInFlight(inFlight),
      ...(cors.origins.length ? [useCors(cors)] : []),
      useReadiness(db),
      ...(metrics ? [useMetrics(metrics)] : []),
      useOperationInfo(),
      useRequestLog(logger),
      useErrorReport(logger),
      ...(graphiqlServed ? [useGraphiQLAssets(GRAPHQL_PATH)] : []),
      useBodyLimit(limits.maxBodyBytes),
      auth.plugin,
      // After authentication: an authenticated browser request carries Authorization, which no
      // simple (unpreflighted) cross-site request can; anything else must carry Yoga's CSRF header.
      useCSRFPrevention({ requestHeaders: ["authorization", "x-graphql-yoga-csrf"] }),
      ...operationLimitPlugins(limits),
      useOperationCost(limits.maxCost),
      ...persistedOperationPlugins(options.persistedDocuments, options.persistedQueryStore),
      useValueFreeValidation(),
      // Last: it compresses the body the plugins before it settled on.
      useCompression(),
    ],
    context: ({ request }) => ({ db, upstreams, viewer: auth.viewerOf(request) }),
  });
  /** Waits until no request is being worked on (true), or `timeoutMs` passes (false). */
  return Object.assign(yoga, {
    drain: (timeoutMs: number) => inFlight.drain(timeoutMs),
    /** The systems behind endpoints this service calls (the backend deliverer calls them too). */
    upstreams,
  });
}

export type Service = ReturnType<typeof createService>;
