# LocationBoards hub: build with the .NET SDK, run on the ASP.NET Core runtime.
#   docker build -t locationboards .
#   docker run -p 8080:8080 -v locationboards-data:/data locationboards
# The SQLite file, the key ring and the token signing key live in the /data volume.

# Front-end packages from npm (locked); the SDK image has no Node.js.
FROM node:20-bookworm-slim AS assets
WORKDIR /assets
COPY src/LocationBoards.Hub/wwwroot-assets/package.json src/LocationBoards.Hub/wwwroot-assets/package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY seed-data/ seed-data/
# With node_modules present the build copies the packages without running npm.
COPY --from=assets /assets/node_modules src/LocationBoards.Hub/wwwroot-assets/node_modules
RUN dotnet publish src/LocationBoards.Hub/LocationBoards.Hub.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataDirectory=/data
VOLUME /data
EXPOSE 8080
# Orchestrators can probe GET /health (answers "Healthy" when the store is reachable).
USER app
ENTRYPOINT ["dotnet", "LocationBoards.Hub.dll"]
