# Sesam web application image. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Sesam.Web/Sesam.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Runs as the image's unprivileged user; data protection keys go to a volume so logins survive restarts.
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    DataProtection__KeyPath=/keys
EXPOSE 8443
ENTRYPOINT ["dotnet", "Sesam.Web.dll"]
