import { Random } from '../lib/random.js';

/**
 * A varied Dockerfile corpus: Node, Python, Go, Java, Ruby and static-site images; single- and multi-stage;
 * apt/apk/yum/pip/npm installs with continuations; heredocs; ARG-parameterised bases; comments and suppression
 * markers; a few CRLF files and a few with mistakes (latest tags, root users, a syntax error), as real repos have.
 */
export function generateDockerfiles(count: number, seed: number): { name: string; text: string }[] {
  const random = new Random(seed);
  const files: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.pick(KINDS);
    const lines = kind(random);
    if (random.chance(0.03)) lines.splice(random.int(1, lines.length - 1), 0, 'FORM oops');
    const eol = random.chance(0.1) ? '\r\n' : '\n';
    const name = random.pick(NAMES)(i);
    files.push({ name, text: `${lines.join(eol)}${eol}` });
  }
  return files;
}

const NAMES: ((i: number) => string)[] = [
  (i) => `svc-${i}/Dockerfile`,
  (i) => `svc-${i}/Dockerfile.prod`,
  (i) => `images/app-${i}.Dockerfile`,
  (i) => `tools-${i}/Containerfile`,
];

const APT = [
  'curl',
  'ca-certificates',
  'git',
  'build-essential',
  'libpq-dev',
  'tini',
  'gnupg',
  'unzip',
  'jq',
  'openssh-client',
];
const APK = ['curl', 'ca-certificates', 'git', 'tini', 'bash', 'openssl', 'tzdata', 'libc6-compat'];
const PIP = ['flask==3.0.3', 'gunicorn==22.0.0', 'requests', 'psycopg[binary]==3.2.1', 'uvicorn==0.30.1', 'django'];

function header(random: Random): string[] {
  const out: string[] = [];
  if (random.chance(0.4)) out.push('# syntax=docker/dockerfile:1.7');
  if (random.chance(0.3))
    out.push(
      `# ${random.pick(['Build image for the service', 'Maintained by the platform team', 'See docs/build.md'])}`,
    );
  return out;
}

function aptInstall(random: Random, pinned: boolean): string[] {
  const packages = random.some(APT, 1, 6).map((p) => (pinned && random.chance(0.5) ? `${p}=1.*` : p));
  const lines = ['RUN apt-get update \\'];
  lines.push(`    && apt-get install -y ${random.chance(0.7) ? '--no-install-recommends ' : ''}\\`);
  for (const p of packages) lines.push(`       ${p} \\`);
  lines.push(random.chance(0.8) ? '    && rm -rf /var/lib/apt/lists/*' : '    && echo done');
  return lines;
}

function apkInstall(random: Random): string[] {
  return [`RUN apk add ${random.chance(0.8) ? '--no-cache ' : ''}${random.some(APK, 1, 5).join(' ')}`];
}

function finalUser(random: Random, name: string): string[] {
  if (random.chance(0.15)) return [];
  if (random.chance(0.1)) return ['USER root'];
  return [`USER ${name}`];
}

function healthcheck(random: Random, port: number): string[] {
  if (random.chance(0.4)) return [];
  return [
    `HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1:${port}/healthz || exit 1`,
  ];
}

const KINDS: ((random: Random) => string[])[] = [
  // Node, multi-stage.
  (random) => {
    const version = random.pick(['20.11-alpine3.19', '20-bookworm-slim', '18-alpine', '22-alpine', 'latest', 'lts']);
    const port = random.pick([3000, 8080, 8000]);
    return [
      ...header(random),
      `ARG NODE_IMAGE=node:${version}`,
      'FROM ${NODE_IMAGE} AS deps',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      random.chance(0.7) ? 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev' : 'RUN npm install',
      '',
      'FROM ${NODE_IMAGE} AS build',
      'WORKDIR /app',
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM ${NODE_IMAGE}',
      'ENV NODE_ENV=production',
      'WORKDIR /app',
      ...(random.chance(0.5) ? apkInstall(random) : []),
      'COPY --from=build --chown=node:node /app/dist ./dist',
      'COPY --from=deps --chown=node:node /app/node_modules ./node_modules',
      `EXPOSE ${port}`,
      ...finalUser(random, 'node'),
      ...healthcheck(random, port),
      random.chance(0.8) ? 'CMD ["node", "dist/server.js"]' : 'CMD node dist/server.js',
    ];
  },
  // Python, single stage with apt.
  (random) => {
    const port = random.pick([5000, 8000]);
    return [
      ...header(random),
      `FROM python:${random.pick(['3.12-slim', '3.11-slim-bookworm', '3.12', '3'])}`,
      'ENV PYTHONDONTWRITEBYTECODE=1 \\',
      '    PYTHONUNBUFFERED=1',
      'WORKDIR /srv',
      ...aptInstall(random, true),
      'COPY requirements.txt .',
      `RUN pip install ${random.chance(0.7) ? '--no-cache-dir ' : ''}-r requirements.txt ${random.some(PIP, 0, 3).join(' ')}`.trimEnd(),
      'COPY . .',
      random.chance(0.7) ? 'RUN useradd --create-home --uid 10001 app' : '# no dedicated user',
      ...finalUser(random, 'app'),
      `EXPOSE ${port}`,
      ...healthcheck(random, port),
      `CMD ["gunicorn", "-b", "0.0.0.0:${port}", "app:app"]`,
    ];
  },
  // Go, static binary into distroless or scratch.
  (random) => [
    ...header(random),
    `FROM golang:${random.pick(['1.22', '1.22-alpine', '1.21-bookworm'])} AS build`,
    'WORKDIR /src',
    'COPY go.mod go.sum ./',
    'RUN go mod download',
    'COPY . .',
    'RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app',
    '',
    random.chance(0.5) ? 'FROM gcr.io/distroless/static-debian12:nonroot' : 'FROM scratch',
    'COPY --from=build /out/app /app',
    ...(random.chance(0.6) ? ['USER 65532:65532'] : []),
    'ENTRYPOINT ["/app"]',
  ],
  // Java with Maven.
  (random) => [
    ...header(random),
    `FROM maven:3.9-eclipse-temurin-${random.pick(['21', '17'])} AS build`,
    'WORKDIR /build',
    'COPY pom.xml .',
    'RUN mvn -B -q dependency:go-offline',
    'COPY src ./src',
    'RUN mvn -B -q package -DskipTests',
    '',
    `FROM eclipse-temurin:${random.pick(['21-jre-alpine', '17-jre', '21-jre'])}`,
    'RUN addgroup -S app && adduser -S app -G app',
    'WORKDIR /opt/app',
    'COPY --from=build /build/target/*.jar app.jar',
    ...finalUser(random, 'app'),
    'EXPOSE 8080',
    ...healthcheck(random, 8080),
    'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]',
  ],
  // Ruby with a heredoc setup script.
  (random) => [
    ...header(random),
    `FROM ruby:${random.pick(['3.3-slim', '3.2-alpine', '3.3'])}`,
    'WORKDIR /app',
    ...(random.chance(0.5) ? apkInstall(random) : aptInstall(random, false)),
    'COPY Gemfile Gemfile.lock ./',
    'RUN bundle config set without "development test" && bundle install --jobs 4',
    'RUN <<EOF',
    'set -eux',
    'mkdir -p tmp/pids log',
    'chown -R 1000:1000 tmp log',
    'EOF',
    'COPY . .',
    ...finalUser(random, '1000'),
    'EXPOSE 3000',
    'CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]',
  ],
  // Static site: build then nginx.
  (random) => [
    ...header(random),
    `FROM node:${random.pick(['20-alpine', '18-alpine'])} AS build`,
    'WORKDIR /site',
    'COPY . .',
    'RUN npm ci && npm run build',
    '',
    `FROM nginx:${random.pick(['1.25-alpine', '1.27', 'stable-alpine', 'latest'])}`,
    ...(random.chance(0.3) ? ['# hadolint ignore=DL3007'] : []),
    'COPY --from=build /site/public /usr/share/nginx/html',
    'COPY nginx.conf /etc/nginx/conf.d/default.conf',
    'EXPOSE 80',
    ...healthcheck(random, 80),
  ],
  // Legacy-style: one stage, curl | sh, ADD from URL, shell-form CMD.
  (random) => [
    ...header(random),
    `FROM ${random.pick(['ubuntu:22.04', 'ubuntu', 'debian:bookworm', 'centos:7'])}`,
    'MAINTAINER ops@example.com',
    random.chance(0.5)
      ? 'RUN apt-get update && apt-get install -y curl python3 python3-pip'
      : 'RUN yum install -y curl && yum clean all',
    'ADD https://example.com/tool.tar.gz /opt/',
    'RUN curl -fsSL https://example.com/install.sh | sh',
    'ENV APP_HOME=/opt/app',
    'WORKDIR $APP_HOME',
    'COPY . $APP_HOME',
    random.chance(0.3) ? '# shipshape-ignore[docker/no-latest-tag] the base is pinned by the mirror' : '# legacy image',
    'EXPOSE 22 8080',
    'CMD python3 app.py',
  ],
];
