using System.Globalization;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Identity.Normalization;

namespace Hub.Identity.Matching;

/// <summary>
/// Every record normalised once, field by field, into interned columns: the comparison loop then touches only arrays.
/// Names are kept twice: as written (folded), for exact agreement and term frequencies, and romanised, so that 王伟 and
/// "Wang Wei" can be compared at all.
/// </summary>
internal sealed class PreparedRecords
{
    private PreparedRecords(int count)
    {
        Count = count;
        GivenName = new FieldColumn(count);
        FamilyName = new FieldColumn(count);
        GivenRoman = new FieldColumn(count);
        FamilyRoman = new FieldColumn(count);
        BirthDate = new FieldColumn(count);
        Email = new FieldColumn(count);
        EmailLocal = new FieldColumn(count);
        Phone = new FieldColumn(count);
        Street = new FieldColumn(count);
        City = new FieldColumn(count);
        Postcode = new FieldColumn(count);
        ExternalId = new FieldColumn(count);
        FamilySound = new FieldColumn(count);
        GivenSound = new FieldColumn(count);
        NameKey = new FieldColumn(count);
        PhoneShown = new string?[count];
        IsOrganization = new bool[count];
    }

    /// <summary>
    /// Whether the record is an organisation (or a channel partner): its name is a company's, compared whole, and it is never
    /// the same customer as a person.
    /// </summary>
    public bool[] IsOrganization { get; private set; }

    /// <summary>How many record slots there are; a slot whose record was deleted holds no values.</summary>
    public int Count { get; private set; }

    public FieldColumn GivenName { get; }
    public FieldColumn FamilyName { get; }
    public FieldColumn GivenRoman { get; }
    public FieldColumn FamilyRoman { get; }
    public FieldColumn BirthDate { get; }
    public FieldColumn Email { get; }
    public FieldColumn EmailLocal { get; }
    public FieldColumn Phone { get; }
    public FieldColumn Street { get; }
    public FieldColumn City { get; }
    public FieldColumn Postcode { get; }
    public FieldColumn ExternalId { get; }
    public FieldColumn FamilySound { get; }
    public FieldColumn GivenSound { get; }

    /// <summary>Given and family name romanised, in alphabetical order: the same key whichever way round they were written.</summary>
    public FieldColumn NameKey { get; }

    /// <summary>The phone as a golden record lists it: E.164 where it parsed, else as written.</summary>
    public string?[] PhoneShown { get; private set; }

    /// <summary>The normalised e-mail of each record, for golden records (before guardrails clear shared ones).</summary>
    public string?[] EmailShown { get; private set; } = [];

    /// <summary>Every interned column and what it holds of a normalised record: one table for the build and for later records.</summary>
    private static readonly (Func<PreparedRecords, FieldColumn> Column, Func<Normalized, string?> Value)[] Fields =
    [
        (p => p.GivenName, n => n.Name.Given),
        (p => p.FamilyName, n => n.Name.Family),
        (p => p.GivenRoman, n => n.Roman.Given),
        (p => p.FamilyRoman, n => n.Roman.Family),
        (p => p.BirthDate, n => n.BirthDate),
        (p => p.Email, n => n.Email),
        (p => p.EmailLocal, n => n.Email is null ? null : EmailRules.LocalPart(n.Email)),
        (p => p.Phone, n => n.Phone),
        (p => p.Street, n => n.Street),
        (p => p.City, n => n.City),
        (p => p.Postcode, n => n.Postcode),
        (p => p.ExternalId, n => n.ExternalId),
        (p => p.FamilySound, n => Phonetic.Soundex(n.Roman.Family)),
        (p => p.GivenSound, n => Phonetic.Soundex(n.Roman.Given)),
        (p => p.NameKey, n => NameKeyOf(n.Roman)),
    ];

    private IEnumerable<FieldColumn> Columns => Fields.Select(f => f.Column(this));

    /// <summary>Adds empty slots up to <paramref name="count"/> records, for records arriving after the first resolution.</summary>
    public void Grow(int count)
    {
        if (count <= Count) return;
        foreach (var column in Columns) column.EnsureCapacity(count);
        if (count > IsOrganization.Length)
        {
            var capacity = Math.Max(count, IsOrganization.Length + IsOrganization.Length / 4 + 1024);
            IsOrganization = Resized(IsOrganization, capacity);
            PhoneShown = Resized(PhoneShown, capacity);
            EmailShown = Resized(EmailShown, capacity);
        }

        Count = count;
    }

    private static T[] Resized<T>(T[] array, int capacity)
    {
        var grown = new T[capacity];
        array.CopyTo(grown, 0);
        return grown;
    }

    /// <summary>Normalises records into their slots, replacing what the slots held (a changed record keeps its slot).</summary>
    public void Put(IReadOnlyList<(int Slot, StoredCustomerRecord Record)> records, string defaultRegion)
    {
        var normalized = new Normalized[records.Count];
        Parallel.For(0, records.Count, i => normalized[i] = Normalize(records[i].Record, defaultRegion));
        for (var k = 0; k < records.Count; k++) Set(records[k].Slot, normalized[k]);
    }

    /// <summary>Empties a slot: its record was deleted. It then shares no value with any record.</summary>
    public void Remove(int slot)
    {
        foreach (var column in Columns) column.Set(slot, null);
        PhoneShown[slot] = null;
        EmailShown[slot] = null;
        IsOrganization[slot] = false;
    }

    private void Set(int i, Normalized n)
    {
        foreach (var (column, value) in Fields) column(this).Set(i, value(n));
        SetShown(i, n);
    }

    private void SetShown(int i, Normalized n)
    {
        PhoneShown[i] = n.PhoneShown;
        EmailShown[i] = n.Email;
        IsOrganization[i] = n.IsOrganization;
    }

    public static PreparedRecords Build(IReadOnlyList<StoredCustomerRecord> records, string defaultRegion)
    {
        var normalized = new Normalized[records.Count];
        // Phone parsing and name parsing dominate; records are independent, so all cores share them.
        Parallel.For(0, records.Count, i => normalized[i] = Normalize(records[i], defaultRegion));

        var prepared = new PreparedRecords(records.Count) { EmailShown = new string?[records.Count] };
        // Each column interns its own values, so the columns are filled side by side.
        var fill = Fields
            .Select(f => (Action)(() => Fill(f.Column(prepared), normalized, f.Value)))
            .Append(() =>
            {
                for (var i = 0; i < normalized.Length; i++) prepared.SetShown(i, normalized[i]);
            })
            .ToArray();
        Parallel.Invoke(fill);

        return prepared;
    }

    private static void Fill(FieldColumn column, Normalized[] normalized, Func<Normalized, string?> value)
    {
        for (var i = 0; i < normalized.Length; i++) column.Set(i, value(normalized[i]));
    }

    private static string? NameKeyOf(PersonName roman) =>
        roman.Given is not { } given || roman.Family is not { } family ? null
        : string.CompareOrdinal(given, family) <= 0 ? given + " " + family : family + " " + given;

    private static Normalized Normalize(StoredCustomerRecord stored, string defaultRegion)
    {
        var record = stored.Record;
        var organization = record.Kind is CustomerKind.Organization or CustomerKind.ChannelPartner;
        // A company's name has no given and family parts: it is kept whole, in the family-name column, and compared whole.
        var name = organization
            ? new PersonName(null, TextFold.Fold(record.Company ?? record.FullName), false)
            : NameParser.Parse(record.FullName, record.GivenName, record.FamilyName);
        var phone = IdentityNormalizer.NormalizePhone(record.Phone, record.Country, defaultRegion);
        return new Normalized(
            name,
            NameParser.Romanized(name),
            record.BirthDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            EmailRules.Canonical(record.Email),
            phone,
            phone ?? (IdentityNormalizer.LooksLikePhone(record.Phone) ? record.Phone!.Trim() : null),
            StreetNormalizer.Normalize(record.Street),
            TextFold.Fold(record.City),
            PostcodeNormalizer.Normalize(record.Postcode),
            Identifiers.Normalize(record.ExternalId),
            organization);
    }

    private readonly record struct Normalized(
        PersonName Name, PersonName Roman, string? BirthDate, string? Email, string? Phone, string? PhoneShown,
        string? Street, string? City, string? Postcode, string? ExternalId, bool IsOrganization);
}
