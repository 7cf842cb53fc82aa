import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { env } from "@/lib/server/env";

// File storage for uploaded documents and rendered PDFs. Content-addressed: the key is the
// SHA-256 of the bytes, so a key never comes from user input, the same file is kept once, and
// a stored file cannot be changed without its key changing. Locally the files live on disk under
// STORAGE_DIR; an object store can replace this by implementing the same two methods.

export type StoredFile = { key: string; sha256: string; size: number };

export type FileStorage = {
  put(bytes: Uint8Array, meta: { contentType: string }): Promise<StoredFile>;
  /** The bytes, or null when the key is unknown or malformed. */
  get(key: string): Promise<Buffer | null>;
};

const KEY = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array | string): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/**
 * Files at `<dir>/<k0k1>/<k2k3>/<key>`. Paths are built by string concatenation from the
 * configured directory (relative paths resolve against the working directory) and a key that
 * is checked to be 64 hex digits. Writes go to a temporary file in the same directory and are
 * renamed into place, so a reader never sees half a file.
 */
export function createLocalFileStorage(dir: string): FileStorage {
  const base = dir.replace(/\/+$/, "");
  const folderOf = (key: string) => `${base}/${key.slice(0, 2)}/${key.slice(2, 4)}`;

  return {
    async put(bytes) {
      const key = sha256Hex(bytes);
      const folder = folderOf(key);
      const target = `${folder}/${key}`;
      const existing = await fs.stat(target).catch(() => null);
      if (existing?.isFile() && existing.size === bytes.length) return { key, sha256: key, size: bytes.length };

      await fs.mkdir(folder, { recursive: true });
      const temp = `${folder}/.${key}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.tmp`;
      try {
        await fs.writeFile(temp, bytes, { flag: "wx" });
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      return { key, sha256: key, size: bytes.length };
    },

    async get(key) {
      if (!KEY.test(key)) return null;
      try {
        return await fs.readFile(`${folderOf(key)}/${key}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

const holder = globalThis as unknown as { __qabyldauStorage?: { dir: string; storage: FileStorage } };

/** The storage of this process (the local disk under STORAGE_DIR; only "local" exists today). */
export function getFileStorage(): FileStorage {
  const dir = env().STORAGE_DIR;
  if (holder.__qabyldauStorage?.dir !== dir) holder.__qabyldauStorage = { dir, storage: createLocalFileStorage(dir) };
  return holder.__qabyldauStorage.storage;
}
