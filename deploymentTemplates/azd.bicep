// What `azd up` provisions (azure.yaml: infra.module = azd): main.bicep, with the azd environment's name on every
// resource and the token signing key kept in that environment, so a second `azd up` keeps open web chats signed
// in. Outputs in capitals become the environment's variables; azure.yaml deploys the app to SERVICE_WEB_NAME.

metadata description = 'HelpdeskBot for the Azure Developer CLI: main.bicep with the azd environment\'s name and signing key.'

@description('The azd environment (AZURE_ENV_NAME); tags every resource.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region (AZURE_LOCATION).')
param location string = resourceGroup().location

@description('Key that signs Direct Line tokens (DIRECTLINE_SIGNING_KEY, made once by the preprovision hook in azure.yaml).')
@secure()
param directLineSigningKey string

@description('App Service plan size.')
param appServiceSku string = 'B1'

module helpdesk 'main.bicep' = {
  name: 'helpdesk'
  params: {
    location: location
    appServiceSku: appServiceSku
    directLineSigningKey: directLineSigningKey
    tags: {
      application: 'HelpdeskBot'
      'azd-env-name': environmentName
    }
  }
}

output AZURE_LOCATION string = location
output SERVICE_WEB_NAME string = helpdesk.outputs.appName
output SERVICE_WEB_URL string = helpdesk.outputs.appUrl
output BOT_NAME string = helpdesk.outputs.botName
output MANAGED_IDENTITY_CLIENT_ID string = helpdesk.outputs.managedIdentityClientId
