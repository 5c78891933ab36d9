import { tmpdir } from "node:os";
import path from "node:path";

export const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
export const DB_PORT = APP_PORT + 52_000;
export const DATA_DIR = path.join(tmpdir(), `carryover-e2e-${APP_PORT}`);
export const DATABASE_URL = `postgres://carryover:carryover@127.0.0.1:${DB_PORT}/carryover`;
export const DEMO_PASSWORD = "carryover-demo";
