/** Limits that keep a hostile file from exhausting memory or time (documented in the README). */
export const LIMITS = {
  /** Largest ladder file read, in bytes (a ladder of 50,000 expectations is about 5 MB). */
  maxFileBytes: 16 * 1024 * 1024,
  /**
   * Most YAML tokens in one file: texts, keys, indicators (`-`, `:`, `[`, `,`),
   * spaces, line breaks and comments. Parsing time and memory follow this
   * count more than the size in bytes: a file packed with tiny tokens (`- a`,
   * blank lines, `[][]`) is refused at this count, before it takes seconds and
   * gigabytes. A ladder of 50,000 expectations (5 MB) has about 290,000.
   */
  maxTokens: 500_000,
  /**
   * Most values (texts, lists, mappings) that aliases (`*name`) may add to the
   * document by repeating what their anchor (`&name`) holds, counting
   * everything inside. A "billion laughs" file needs billions.
   */
  maxAliasExpansion: 10_000,
  /** Deepest nesting of mappings and sequences; a ladder needs 5. */
  maxDepth: 64,
  /**
   * Most cells in any grid a view draws: levels x sections (export lists
   * every section of every level), levels x growth areas, and levels x
   * distinct fact labels (`levels` has a column per label). These multiply:
   * a 170 KB file of 2,000 levels and 2,000 sections made a 177 MB markdown
   * export. Bounded, every output stays within a small multiple of the file.
   * A ladder of 50 levels and 40 sections uses 2,000.
   */
  maxGridCells: 100_000,
} as const;

