using System.Globalization;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>
/// Segment's reserved traits (email, phone, name, firstName, lastName, address, birthday, company) become the canonical
/// customer fields; every other trait is kept as an attribute under its own name, so nothing the app sent is lost.
/// </summary>
internal static class TraitReader
{
    public static CustomerRecord Read(string sourceId, JsonElement? traits, List<string> warnings)
    {
        var record = new CustomerRecord { SourceId = sourceId };
        if (traits is not { } t) return record;

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var trait in t.EnumerateObject())
        {
            var value = trait.Value;
            switch (trait.Name)
            {
                case "email": record = record with { Email = JsonValues.Text(value) }; break;
                case "phone": record = record with { Phone = JsonValues.Text(value) }; break;
                case "name": record = record with { FullName = JsonValues.Text(value) }; break;
                case "firstName" or "first_name": record = record with { GivenName = JsonValues.Text(value) }; break;
                case "lastName" or "last_name": record = record with { FamilyName = JsonValues.Text(value) }; break;
                case "address" when value.ValueKind == JsonValueKind.Object: record = ReadAddress(record, value, attributes); break;
                case "company" when value.ValueKind == JsonValueKind.Object: record = ReadCompany(record, value, attributes); break;
                case "company": record = record with { Company = JsonValues.Text(value) }; break;
                case "birthday": record = ReadBirthday(record, value, attributes, warnings); break;
                default:
                    if (JsonValues.Attribute(value) is { } text) attributes[trait.Name] = text;
                    break;
            }
        }

        return record with { Attributes = attributes };
    }

    private static CustomerRecord ReadAddress(CustomerRecord record, JsonElement address, Dictionary<string, string> attributes)
    {
        foreach (var part in address.EnumerateObject())
        {
            var text = JsonValues.Text(part.Value);
            record = part.Name switch
            {
                "street" => record with { Street = text },
                "city" => record with { City = text },
                "postalCode" or "postal_code" or "zip" => record with { Postcode = text },
                "country" => record with { Country = text },
                _ => record,
            };
            if (part.Name is not ("street" or "city" or "postalCode" or "postal_code" or "zip" or "country") && JsonValues.Attribute(part.Value) is { } other)
                attributes["address." + part.Name] = other;
        }

        return record;
    }

    private static CustomerRecord ReadCompany(CustomerRecord record, JsonElement company, Dictionary<string, string> attributes)
    {
        foreach (var part in company.EnumerateObject())
        {
            if (part.Name == "name") record = record with { Company = JsonValues.Text(part.Value) };
            else if (JsonValues.Attribute(part.Value) is { } other) attributes["company." + part.Name] = other;
        }

        return record;
    }

    // Segment sends birthdays as ISO 8601 dates or date-times; the date as written is the birthday, whatever the offset.
    private static CustomerRecord ReadBirthday(CustomerRecord record, JsonElement value, Dictionary<string, string> attributes, List<string> warnings)
    {
        var text = JsonValues.Text(value);
        if (text is null) return record;
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthday))
            return record with { BirthDate = birthday };

        warnings.Add($"birthday '{text}' is not an ISO 8601 date; kept as the attribute 'birthday' only");
        attributes["birthday"] = text;
        return record;
    }
}
