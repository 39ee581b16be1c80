/** The version ladder reports: set by the build, a development marker otherwise. */
declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";
