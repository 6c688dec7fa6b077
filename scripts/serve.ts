/**
 * `npm start`: serves the static build (out/) with lib/server/staticServer.ts.
 * Usage: tsx scripts/serve.ts [dir]   env: PORT (default 3000), HOST (default 127.0.0.1)
 * Restart it after a build: it lists the files to serve when it starts.
 */
import path from 'node:path';
import { startStaticServer } from '../lib/server/staticServer';

const root = path.resolve(process.argv[2] ?? 'out');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);

startStaticServer({ root, host, port }).then(
  (server) => {
    const address = server.address();
    const shown = typeof address === 'object' && address ? address.port : port;
    console.log(`Serving ${root} at http://${host.includes(':') ? `[${host}]` : host}:${shown}/`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  (error: Error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  },
);
