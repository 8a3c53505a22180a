# Veil: privacy proxy for WhatsApp Business. Not built on the development machines
# (no Docker engine there); tests/test_docker.py checks it runs what the README documents.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md requirements.lock ./
COPY proxy ./proxy
COPY recognizers ./recognizers
# What the quick start installs (scripts/bootstrap without extras: every dependency pinned and
# hash-checked from requirements.lock, then `.` itself without dependencies; not editable here,
# there is no checkout to edit), then a build that fails unless every default spaCy model loads:
# they are pip dependencies, baked into /opt/veil, and nothing downloads at run time.
RUN python -m venv /opt/veil && /opt/veil/bin/pip install --no-cache-dir --require-hashes -r requirements.lock \
 && /opt/veil/bin/pip install --no-cache-dir --no-deps . \
 && cd / && /opt/veil/bin/python -c "import spacy; from proxy.detection.settings import DEFAULT_MODELS; [spacy.load(m) for m in DEFAULT_MODELS.values()]"

FROM python:3.11-slim
COPY --from=build /opt/veil /opt/veil
COPY config /etc/veil
RUN useradd --system --uid 10001 --home-dir /var/lib/veil --create-home veil
ENV PATH=/opt/veil/bin:$PATH \
    XDG_DATA_HOME=/var/lib/veil/data \
    XDG_CONFIG_HOME=/var/lib/veil/config \
    VEIL_LISTEN__HOST=0.0.0.0 \
    VEIL_ADMIN__HOST=0.0.0.0
USER veil
EXPOSE 8080 8081 9464
# /readyz over HTTPS when listen.tls is set (the probe checks this process, not its certificate), else HTTP.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import ssl, sys, urllib.request as r\nc = ssl.create_default_context(); c.check_hostname = False; c.verify_mode = ssl.CERT_NONE\nfor scheme in ('https', 'http'):\n    try:\n        sys.exit(r.urlopen(scheme + '://127.0.0.1:8080/readyz', timeout=2, context=c).status != 200)\n    except Exception:\n        pass\nsys.exit(1)"]
ENTRYPOINT ["veil"]
CMD ["serve", "--config", "/etc/veil/veil.yaml"]
