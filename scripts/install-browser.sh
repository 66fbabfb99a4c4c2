#!/bin/sh
# Install the headless browser the HTML report test uses: Debian's chromium and chromium-driver.
# Idempotent and quick when both are already there. Where they cannot be installed (no apt-get,
# not root), say so and exit 0: the browser test then skips with the same reason.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: apt-get is not available; the HTML report browser test will be skipped" >&2
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install-browser: not root, so chromium cannot be installed; run 'sudo apt-get install chromium chromium-driver'" \
         "or the HTML report browser test will be skipped" >&2
    exit 0
fi
echo "install-browser: installing chromium and chromium-driver with apt-get (once)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; }; then
    echo "install-browser: apt-get could not install chromium; the HTML report browser test will be skipped" >&2
fi
exit 0
