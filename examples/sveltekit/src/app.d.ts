declare global {
  namespace App {
    interface Locals {
      /** The visitor's region, from the request headers (src/lib/consent.ts). */
      region: string;
    }
  }
}

export {};
