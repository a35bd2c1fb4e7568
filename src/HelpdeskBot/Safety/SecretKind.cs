using System.Text.Json.Serialization;

namespace HelpdeskBot.Safety;

/// <summary>
/// A kind of secret the guard refuses. Serialised as the lowercase names the conversation contract uses in
/// <c>channelData.helpdesk.refused</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SecretKind>))]
public enum SecretKind
{
    [JsonStringEnumMemberName("card")]
    Card,

    [JsonStringEnumMemberName("password")]
    Password,

    [JsonStringEnumMemberName("pin")]
    Pin,

    [JsonStringEnumMemberName("otp")]
    Otp,

    [JsonStringEnumMemberName("cvv")]
    Cvv,
}
