export default async function globalTeardown(): Promise<void> {
  await globalThis.__IRM_EMBEDDED__?.stop();
}
