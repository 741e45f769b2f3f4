# Sesam web application image. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Sesam.Web/Sesam.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Runs as the image's unprivileged user; data protection keys go to a volume so logins survive restarts, and the PDL
# log's checkpoints to one of their own. A volume takes the owner of the folder it is mounted on, so both exist here.
RUN mkdir -p /keys /pdl && chown app:app /keys /pdl
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    DataProtection__KeyPath=/keys
EXPOSE 8443
ENTRYPOINT ["dotnet", "Sesam.Web.dll"]
