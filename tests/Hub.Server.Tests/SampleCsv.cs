namespace Hub.Server.Tests;

/// <summary>Small CSV inputs whose right answers are known.</summary>
internal static class SampleCsv
{
    /// <summary>Five records of three people: Ada twice (same e-mail in other case), Wang Wei twice (one phone, two formats), Grace once.</summary>
    public const string Customers =
        "source_id,full_name,email,phone,country,birth_date\n" +
        "c1,Ada Lovelace,ada@example.com,+44 20 7946 0000,GB,1815-12-10\n" +
        "c2,Ada L.,ADA@Example.com ,,GB,\n" +
        "c3,王伟,,+86 138 0013 8000,CN,\n" +
        "c4,Wang Wei,wang@example.cn,0086 138 0013 8000,CN,\n" +
        "c5,Grace Hopper,grace@example.com,,US,1906-12-09\n";

    /// <summary>One good row, one without its id (quarantined), one with an impossible birth date (kept, warned).</summary>
    public const string CustomersWithBadRows =
        "source_id,full_name,email,birth_date\n" +
        "k1,Kept Fine,kept@example.com,1980-01-01\n" +
        ",No Id,noid@example.com,1980-01-01\n" +
        "k3,Bad Birthday,bad@example.com,19710231\n";
}
