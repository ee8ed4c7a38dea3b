// .env.example, written from VARIABLES (src/config.ts) so that it lists exactly the variables the
// service reads, with their defaults and meanings.
import { VARIABLES } from "../../src/config.js";

const WIDTH = 100;

function wrap(text: string, prefix: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && prefix.length + line.length + 1 + word.length > WIDTH) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix + line);
  return lines;
}

export function renderEnvExample(): string {
  const header = [
    "# Every variable the Proxbox endpoint service reads, with its default. Copy this file to .env and",
    "# uncomment what you change: `npm start` and every npm script read ./.env first, and a variable of",
    "# the real environment wins over it. A bad value stops the service with a message naming it.",
    "#",
    "# Written by `npm run env:example` from VARIABLES in src/config.ts; do not edit by hand.",
  ];
  const blocks = VARIABLES.map((variable) => {
    const lines = wrap(`${variable.name}: ${variable.description}.`.replace(/\.\.$/, "."), "# ");
    lines.push(variable.default === "" ? "# (unset by default)" : `# (default ${variable.default})`);
    lines.push(`#${variable.name}=${variable.default}`);
    return lines.join("\n");
  });
  return `${header.join("\n")}\n\n${blocks.join("\n\n")}\n`;
}
