// The shape of the seeded data, shared by the seeder and the operations: names carry one of 100
// made-up words, so that searching for a word matches about 1% of the endpoints.
import { KIND_TYPENAME } from "../../src/kinds/models.js";
const CONSONANTS = "bdfgklmprstvz";
const VOWELS = "aeiou";
const WORD_SPACE = 13 * 5 * 13 * 5 * 13;

/** The i-th consonant-vowel word of five letters; a step coprime with the space keeps them distinct. */
function word(k: number): string {
  let index = (k * 541 + 17) % WORD_SPACE;
  const letters: string[] = [];
  for (const alphabet of [CONSONANTS, VOWELS, CONSONANTS, VOWELS, CONSONANTS]) {
    letters.push(alphabet[index % alphabet.length]!);
    index = Math.floor(index / alphabet.length);
  }
  return letters.join("");
}

export const WORDS: readonly string[] = Array.from({ length: 100 }, (_, k) => word(k));

/** The words the search operation cycles through. */
export const SEARCH_TERMS: readonly string[] = WORDS.slice(0, 5);

export const TAG_COUNT = 20;
export const NETBOX_TOKEN_COUNT = 5;

export const PROXMOX_MODES = ["UNDEFINED", "STANDALONE", "CLUSTER"] as const;
export type ProxmoxModeName = (typeof PROXMOX_MODES)[number];

export const TYPENAME_OF_KIND: Record<string, string> = KIND_TYPENAME;

/** Names of endpoints the create operation makes; they are deleted between servers. */
export const CREATED_PREFIX = "bench-create-";
