// Types of scripts/chromium-launch.mjs, for playwright.config.ts.
export declare const CHROMIUM_ARGS: string[];
export declare const chromiumLaunchOptions: <T extends object = object>(extra?: T) => { executablePath: string | undefined; args: string[] } & T;
