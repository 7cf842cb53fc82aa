// The part of ncalayer-js-client 1.5.6 (a CommonJS file without types) the tests use.
declare module "ncalayer-js-client" {
  export class NCALayerClient {
    constructor(url?: string, allowKmdHttpApi?: boolean);
    connect(): Promise<string>;
    getActiveTokens(): Promise<string[]>;
    basicsSignCMS(
      allowedStorages: string[] | null,
      data: string | string[],
      signingParams: unknown,
      signerParams: unknown,
      locale?: string,
    ): Promise<string | string[]>;
    onRequestReady: ((json: string) => void) | null;
    onResponseReady: ((json: string) => void) | null;
    wsConnection: { close(): void } | null;
    static readonly basicsStoragePKCS12: string[];
    static readonly basicsStorageHardware: string[];
    static readonly basicsStorageJaCarta: string[];
    static readonly basicsCMSParamsDetached: Record<string, unknown>;
    static readonly basicsSignerSignAny: { extKeyUsageOids: string[] };
  }
  export class NCALayerError extends Error {
    canceledByUser?: boolean;
  }
}
