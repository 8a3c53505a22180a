# Veil: privacy proxy for WhatsApp Business. Not built on the development machines
# (no Docker engine there); tests/test_docker.py checks it runs what the README documents.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY proxy ./proxy
COPY recognizers ./recognizers
RUN python -m venv /opt/veil && /opt/veil/bin/pip install --no-cache-dir .

FROM python:3.11-slim
# The spaCy model is a pip dependency, so it is baked into /opt/veil: nothing downloads at run time.
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
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/readyz', timeout=2).status != 200)"]
ENTRYPOINT ["veil"]
CMD ["serve", "--config", "/etc/veil/veil.yaml"]
