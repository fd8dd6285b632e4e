# LocationBoards hub: build with the .NET SDK, run on the ASP.NET Core runtime.
#   docker build -t locationboards .
#   docker run -p 8080:8080 -v locationboards-data:/data locationboards
# The SQLite file, the key ring and the token signing key live in the /data volume.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY seed-data/ seed-data/
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
