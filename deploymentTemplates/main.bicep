// HelpdeskBot on Azure: a Linux App Service (.NET 10) that scales out over one Cosmos DB store, with the
// Azure Bot resource for Web Chat, Direct Line, Teams and Slack. The app signs in to Cosmos DB, Blob
// storage, Key Vault and Azure AI Language with its user-assigned managed identity: no account keys.
// main.json is built from this file (`bicep build main.bicep`); a test keeps the two in sync.

metadata description = 'HelpdeskBot: App Service (Linux, .NET 10), Azure Bot, Cosmos DB (serverless), Blob storage, Key Vault, Application Insights, optional Azure AI Language.'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('Short prefix for resource names; a suffix unique to the resource group is added.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'helpdesk'

@description('App Service plan size. B1 serves a team; P1v3 and up for several instances under load.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
param appServiceSku string = 'B1'

@description('How many instances of the app run. They share one Cosmos DB store and one token signing key.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('How the bot proves who it is to the Bot Framework: its own managed identity (no secret), or a single-tenant Entra app registration.')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra app registration\'s application (client) id.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Kept in Key Vault.')
@secure()
param botAppPassword string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Key that signs Direct Line tokens, base64 of at least 32 bytes, shared by every instance. The default makes a new one on every deployment, which signs out open web chats; pass the same value to keep them.')
@secure()
param directLineSigningKey string = base64('${newGuid()}${newGuid()}')

@description('Key that signs the agent console\'s bearer tokens, base64 of at least 32 bytes, shared by every instance. The default makes a new one on every deployment, which signs agents out; pass the same value to keep them signed in.')
@secure()
param agentSigningKey string = base64('${newGuid()}${newGuid()}')

@description('Optional: the Direct Line secret a trusted backend uses to mint tokens (tokens/generate). Kept in Key Vault.')
@secure()
param directLineSecret string = ''

@description('Turn on the Slack channel (needs a Slack app: see DEPLOY.md).')
param enableSlack bool = false

@description('Slack app client id.')
param slackClientId string = ''

@description('Slack app client secret.')
@secure()
param slackClientSecret string = ''

@description('Slack app signing secret.')
@secure()
param slackSigningSecret string = ''

@description('Slack app verification token.')
@secure()
param slackVerificationToken string = ''

@description('Create an Azure AI Language resource for the categoriser (otherwise the bot uses its local model).')
param deployLanguage bool = false

@description('Azure AI Language pricing tier.')
@allowed(['F0', 'S'])
param languageSku string = 'F0'

@description('Days a conversation\'s state and transcript are kept after its last message (Cosmos DB TTL).')
@minValue(1)
@maxValue(3650)
param conversationTtlDays int = 30

@description('Azure SignalR Service tier: live updates of the agent console and the signal of the web chat streams reach every instance through it. Standard_S1 for production (1,000 connections per unit); Free_F1 to try.')
@allowed(['Free_F1', 'Standard_S1'])
param signalRSku string = 'Standard_S1'

@description('Tags for every resource.')
param tags object = {
  application: 'HelpdeskBot'
}

var suffix = uniqueString(resourceGroup().id)
var baseName = toLower('${namePrefix}-${suffix}')
var compactName = toLower(replace('${namePrefix}${suffix}', '-', ''))
var cosmosDatabaseName = 'helpdesk'
var attachmentsContainerName = 'attachments'
var keyRingContainerName = 'dataprotection'
var useManagedIdentityForBot = botAppType == 'UserAssignedMSI'

// Built-in role definitions (the same ids in every tenant).
var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultCryptoUser: '12338af0-0e69-4776-bea7-57ae8d297424'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  signalRAppServer: '420fcaa2-552c-430f-98ca-3264be4806c7'
  cognitiveServicesUser: 'a97b65f3-24c7-4388-baec-2e87135dc908'
  // Cosmos DB's own data-plane role, not an Azure RBAC role.
  cosmosDataContributor: '00000000-0000-0000-0000-000000000002'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-id'
  location: location
  tags: tags
}

// ---- Monitoring -------------------------------------------------------------------------------

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-ai'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// ---- Cosmos DB: serverless, Entra ID only --------------------------------------------------------

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${baseName}-cosmos'
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    // Session: an instance reads its own writes; a turn that read an older version from another
    // instance's write loses its If-Match commit and runs again, so correctness never rests on it.
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
  }
}

// The same containers, partition keys and TTL as CosmosContainers.Definitions in the app.
resource conversations 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: cosmosDatabase
  name: 'conversations'
  properties: {
    resource: {
      id: 'conversations'
      partitionKey: {
        paths: ['/conversationId']
        kind: 'Hash'
      }
      defaultTtl: conversationTtlDays * 86400
      indexingPolicy: {
        indexingMode: 'consistent'
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/state/?'
          }
          {
            path: '/json/?'
          }
          {
            path: '/"_etag"/?'
          }
        ]
      }
    }
  }
}

resource tickets 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: cosmosDatabase
  name: 'tickets'
  properties: {
    resource: {
      id: 'tickets'
      partitionKey: {
        paths: ['/ownerKey']
        kind: 'Hash'
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/events/*'
          }
          {
            path: '/fields/*'
          }
          {
            path: '/"_etag"/?'
          }
        ]
      }
    }
  }
}

resource ticketNumbers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: cosmosDatabase
  name: 'ticketNumbers'
  properties: {
    resource: {
      id: 'ticketNumbers'
      partitionKey: {
        paths: ['/id']
        kind: 'Hash'
      }
    }
  }
}

// Escalations to a person and agent accounts, each read and updated by its id.
resource handoff 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: cosmosDatabase
  name: 'handoff'
  properties: {
    resource: {
      id: 'handoff'
      partitionKey: {
        paths: ['/id']
        kind: 'Hash'
      }
      indexingPolicy: {
        excludedPaths: [
          {
            path: '/escalation/*'
          }
          {
            path: '/account/*'
          }
          {
            path: '/"_etag"/?'
          }
        ]
      }
    }
  }
}

resource cosmosDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, roles.cosmosDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${roles.cosmosDataContributor}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

// ---- Blob storage for attachments: no shared keys, no public access --------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${compactName}files', 24)
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource attachments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: attachmentsContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The DataProtection key ring every instance shares: one blob in here, each key in it encrypted with the Key Vault
// key below (the app writes the blob with If-Match, so instances making a key at once keep both).
resource keyRingContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: keyRingContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, roles.storageBlobDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Azure SignalR Service: live updates across instances ------------------------------------------------

// Default mode: the app's hubs (the agent console's, and the instance hub every instance's link joins) run on the
// app servers, and the service carries their connections, so a push made on one instance reaches clients of all.
// Entra ID only (no access keys): the app signs in with its managed identity.
resource signalR 'Microsoft.SignalRService/signalR@2024-03-01' = {
  name: '${baseName}-signalr'
  location: location
  tags: tags
  kind: 'SignalR'
  sku: {
    name: signalRSku
    tier: startsWith(signalRSku, 'Free') ? 'Free' : 'Standard'
    capacity: 1
  }
  properties: {
    features: [
      { flag: 'ServiceMode', value: 'Default' }
    ]
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource signalRAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: signalR
  name: guid(signalR.id, identity.id, roles.signalRAppServer)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.signalRAppServer)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Key Vault for the secrets the app and the bot need ---------------------------------------------

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${compactName}kv', 24)
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource signingKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-signing-key'
  properties: {
    value: directLineSigningKey
  }
}

resource agentSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'agent-signing-key'
  properties: {
    value: agentSigningKey
  }
}

resource directLineSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(directLineSecret)) {
  parent: vault
  name: 'directline-secret'
  properties: {
    value: directLineSecret
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useManagedIdentityForBot) {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The key-encryption key for the DataProtection key ring: RSA, used only to wrap and unwrap (RSA-OAEP-256); its
// private half never leaves the vault. The app's identity may use this key for that, and for nothing else in the vault.
resource keyRingKey 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: 'dataprotection'
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [
      'wrapKey'
      'unwrapKey'
    ]
  }
}

resource keyRingKeyAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyRingKey
  name: guid(keyRingKey.id, identity.id, roles.keyVaultCryptoUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultCryptoUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Azure AI Language (optional), Entra ID only ------------------------------------------------------

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (deployLanguage) {
  name: '${baseName}-language'
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: languageSku
  }
  properties: {
    // A custom subdomain is what lets Entra ID tokens in; keys stay off.
    customSubDomainName: '${baseName}-language'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource languageAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (deployLanguage) {
  scope: language
  name: guid(resourceGroup().id, 'language', identity.id, roles.cognitiveServicesUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.cognitiveServicesUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- The app --------------------------------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var keyVaultReference = '@Microsoft.KeyVault(SecretUri=${signingKeySecret.properties.secretUri})'

var baseSettings = [
  // Which identity DefaultAzureCredential signs in with: the user-assigned one.
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  // App Service's front end terminates TLS: honour X-Forwarded-Proto so stream URLs are wss://.
  { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
  { name: 'Urls', value: 'http://0.0.0.0:8080' }
  { name: 'WEBSITES_PORT', value: '8080' }
  { name: 'Helpdesk__DataDirectory', value: '/home/helpdesk-data' }
  { name: 'Helpdesk__Storage__Provider', value: 'Cosmos' }
  { name: 'Helpdesk__Storage__Cosmos__Endpoint', value: cosmos.properties.documentEndpoint }
  { name: 'Helpdesk__Storage__Cosmos__Database', value: cosmosDatabaseName }
  { name: 'Helpdesk__Storage__ConversationTtlDays', value: string(conversationTtlDays) }
  { name: 'Helpdesk__Attachments__Provider', value: 'AzureBlob' }
  { name: 'Helpdesk__Attachments__AzureBlob__ServiceUri', value: storage.properties.primaryEndpoints.blob }
  { name: 'Helpdesk__Attachments__AzureBlob__Container', value: attachmentsContainerName }
  { name: 'Helpdesk__DirectLine__SigningKey', value: keyVaultReference }
  // DataProtection keys (cookies, antiforgery) in one blob all instances share, each wrapped by the Key Vault key;
  // the key is named without a version, so a rotated key wraps new keys and older ones unwrap with their own version.
  { name: 'Helpdesk__KeyRing__AzureBlob__ServiceUri', value: storage.properties.primaryEndpoints.blob }
  { name: 'Helpdesk__KeyRing__AzureBlob__Container', value: keyRingContainerName }
  { name: 'Helpdesk__KeyRing__KeyVault__KeyId', value: keyRingKey.properties.keyUri }
  // Every instance signs and checks agent tokens with this one key, so none has to generate its own at start.
  { name: 'Helpdesk__Handoff__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${agentSigningKeySecret.properties.secretUri})' }
  // Several instances: hubs through Azure SignalR Service, and each instance's link to the instance hub through
  // its own address (negotiation hands it to the service), so web chat streams learn of other instances' writes
  // from a signal instead of re-reading the store every second.
  { name: 'Helpdesk__Instances__AzureSignalR__Endpoint', value: 'https://${signalR.properties.hostName}' }
  { name: 'Helpdesk__Instances__LinkUrl', value: 'http://localhost:8080/hubs/instances' }
  // With tiered compilation off (HelpdeskBot.csproj, Release), fully optimised JIT code for the framework too, not its
  // precompiled code: README, Issue 15.
  { name: 'DOTNET_ReadyToRun', value: '0' }
  // A 4 MiB first-generation budget (the default grows to ~16 MiB under load): collections come more often and each
  // finds less, and the process stays at or under 180 MiB at 50 conversations (README, Issue 15). Environment-only too.
  { name: 'DOTNET_GCgen0size', value: '0x400000' }
  // Readiness: after a start, a restart or a scale-out, App Service sends traffic to an instance only once this
  // answers 200 (the store commits, the models are loaded).
  { name: 'WEBSITE_WARMUP_PATH', value: '/healthz/ready' }
  { name: 'WEBSITE_WARMUP_STATUSES', value: '200' }
  { name: 'Helpdesk__Telemetry__Exporter', value: 'AzureMonitor' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  // The Bot Framework's usual names for the bot's identity.
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: useManagedIdentityForBot ? identity.properties.clientId : botAppId }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
]

var optionalSettings = concat(
  empty(directLineSecret)
    ? []
    : [{ name: 'Helpdesk__DirectLine__Secret', value: '@Microsoft.KeyVault(SecretUri=${directLineSecretSecret!.properties.secretUri})' }],
  useManagedIdentityForBot
    ? []
    : [{ name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret!.properties.secretUri})' }],
  deployLanguage ? [{ name: 'Helpdesk__Categorization__AzureLanguage__Endpoint', value: language!.properties.endpoint }] : []
)

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${baseName}-app'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Any instance serves any request of any conversation: no sticky sessions needed.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // Liveness: App Service takes an instance out of rotation, and replaces it after an hour, when this fails.
      // The process answering is what matters here; a store outage would fail every instance at once, and
      // replacing instances would not fix it (the readiness probe and the 503s with Retry-After cover that).
      healthCheckPath: '/healthz/live'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(baseSettings, optionalSettings)
    }
  }
  dependsOn: [
    // The app reads Key Vault, Cosmos DB and Blob storage as soon as it starts.
    vaultAccess
    cosmosDataAccess
    blobAccess
    signalRAccess
    conversations
    tickets
    ticketNumbers
    handoff
    attachments
  ]
}

// ---- The Azure Bot and its channels -------------------------------------------------------------------

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'HelpdeskBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: botAppType
    msaAppId: useManagedIdentityForBot ? identity.properties.clientId : botAppId
    // A tenant id, not a resource id: the rule goes by the property's name.
    #disable-next-line use-resource-id-functions
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: useManagedIdentityForBot ? identity.id : null
    developerAppInsightsApplicationId: insights.properties.AppId
    disableLocalAuth: false
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource slack 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableSlack) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      isEnabled: true
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      verificationToken: slackVerificationToken
      landingPageUrl: 'https://${site.properties.defaultHostName}/'
      registerBeforeOAuthFlow: false
    }
  }
}

output appUrl string = 'https://${site.properties.defaultHostName}/'
output appName string = site.name
output botName string = bot.name
output managedIdentityClientId string = identity.properties.clientId
output cosmosEndpoint string = cosmos.properties.documentEndpoint
output attachmentsEndpoint string = storage.properties.primaryEndpoints.blob
output keyVaultName string = vault.name
output signalREndpoint string = 'https://${signalR.properties.hostName}'
output languageEndpoint string = deployLanguage ? language!.properties.endpoint : ''
