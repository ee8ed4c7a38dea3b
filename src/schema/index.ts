// The whole schema: each import registers its types on the builder.
import { builder } from "../builder.js";
import "../kinds/schemas.js";
import "./connection-check.js";
import "./endpoints.js";
import "./backend-reconcile.js";
import "./ip-address.js";
import { checkArgumentsOfQueries } from "./query-arguments.js";
import "./tag.js";
import "./token.js";

export const schema = checkArgumentsOfQueries(builder.toSchema());
