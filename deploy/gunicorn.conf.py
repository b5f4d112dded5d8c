"""Gunicorn settings for Wisata Malang–Jambi: `gunicorn -c deploy/gunicorn.conf.py wsgi:app`.

Run from the project folder (systemd's WorkingDirectory) behind nginx. Every value can be
changed without editing this file, through the variables named below (for example in
/etc/wisata/wisata.env).
"""

import multiprocessing
import os

# Only nginx on this machine talks to gunicorn; the world talks to nginx.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Synchronous workers: each handles one request at a time, so several are needed.
# 2 × cores + 1 is gunicorn's own advice; each worker holds its own database connections.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"

# A request that takes longer than this is killed and the worker restarted. The database
# statement timeout (DB_STATEMENT_TIMEOUT_MS, 15 s) is shorter, so a slow query ends with
# an error page before gunicorn has to kill anything.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On restart or reload, workers get this long to finish the requests they are serving.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# nginx keeps connections to gunicorn open only briefly.
keepalive = 5

# Restart each worker after about a thousand requests (a little more or less for each,
# so they do not all restart at once): a slow memory leak never grows large.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10

# The production configuration (it refuses to start without SECRET_KEY and SITE_URL),
# unless the environment already says otherwise.
raw_env = [] if os.environ.get("WISATA_ENV") else ["WISATA_ENV=production"]

# Logs go to standard output and error, which systemd keeps: `journalctl -u wisata-web`.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The visitor's address is the one nginx saw (X-Real-IP), not nginx's own 127.0.0.1.
# Fields: client, time, request line, status, bytes, referrer, browser, duration (ms).
access_log_format = '%({x-real-ip}i)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'

proc_name = "wisata"
# Workers touch a heartbeat file every few seconds; keep it in memory, not on disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
