# One multi-stage build for every service: docker compose passes the module to build as MODULE.
FROM eclipse-temurin:25-jdk AS build
ARG MODULE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY service-defaults/pom.xml service-defaults/
COPY promise-service/pom.xml promise-service/
COPY touchpoint-service/pom.xml touchpoint-service/
COPY alignment-service/pom.xml alignment-service/
COPY gateway/pom.xml gateway/
COPY system-tests/pom.xml system-tests/
# Dependencies first, so editing code does not download the world again.
RUN ./mvnw -B -q -pl "$MODULE" -am dependency:go-offline -DexcludeArtifactIds=service-defaults || true
COPY . .
RUN ./mvnw -B -q -pl "$MODULE" -am package -DskipTests && cp "$MODULE/target/$MODULE-0.1.0-SNAPSHOT.jar" /app.jar

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 brandbridge
USER brandbridge
COPY --from=build /app.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
