import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './ports.js';

export interface Nginx {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real nginx on 127.0.0.1 proxying to `http://unix:<socket>`; switching that socket link with an atomic
 * rename moves traffic without a reload, so no request is dropped.
 */
export async function startNginx(dir: string, socketLink: string): Promise<Nginx> {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? "# Workers must reach the test's root-owned unix sockets.\nuser root;\n" : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs/error.log')} warn;
daemon off;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    location / { proxy_pass http://unix:${socketLink}:/; }
  }
}
`,
  );
  const child = spawn(
    '/usr/sbin/nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs/error.log')],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        const log = existsSync(join(dir, 'logs/error.log')) ? readFileSync(join(dir, 'logs/error.log'), 'utf8') : '';
        child.kill('SIGKILL');
        throw new Error(`nginx did not start: ${log}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
