/** Resolves once `url` answers 200 (the benchmarks start `npm start` and wait for it); fails after 10 s. */
import http from 'node:http';

export async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    const ok = await new Promise((resolve) =>
      http.get(url, (res) => resolve(res.resume() && res.statusCode === 200)).on('error', () => resolve(false)),
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start at ${url}`);
}
