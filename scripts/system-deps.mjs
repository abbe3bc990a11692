// Debian packages the real-part tests need, each with a file that shows it is installed.
export const SYSTEM_DEPS = [
  { pkg: 'git', probe: '/usr/bin/git' },
  { pkg: 'rsync', probe: '/usr/bin/rsync' },
  { pkg: 'shellcheck', probe: '/usr/bin/shellcheck' },
  { pkg: 'buildah', probe: '/usr/bin/buildah' },
  { pkg: 'docker-registry', probe: '/usr/bin/docker-registry' },
  { pkg: 'nginx-light', probe: '/usr/sbin/nginx' },
  { pkg: 'openssh-server', probe: '/usr/sbin/sshd' },
  { pkg: 'openssh-client', probe: '/usr/bin/ssh' },
  { pkg: 'busybox-static', probe: '/bin/busybox' },
  { pkg: 'jq', probe: '/usr/bin/jq' },
  { pkg: 'openssl', probe: '/usr/bin/openssl' },
];
