# One image for every role: gateway, sender and each service (the command picks the role).
FROM python:3.11-slim-bookworm

# Fonts for the Bengali and English documents (PDF letters, vouchers, slips).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-core fonts-noto-ui-core curl \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY gateway ./gateway
COPY services ./services
COPY shared ./shared
COPY simulator ./simulator
RUN pip install --no-cache-dir .

ENV PANCHAYAT_DATA_DIR=/data PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 10001 panchayat && mkdir -p /data && chown panchayat /data
USER panchayat
EXPOSE 8080 8081
ENTRYPOINT ["panchayat"]
CMD ["--help"]
