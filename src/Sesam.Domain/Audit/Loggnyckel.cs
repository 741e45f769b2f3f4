using System.Security.Cryptography;
using System.Text;
using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Audit;

/// <summary>
/// The secret that keys the PDL log's hash chain and signs its checkpoints. It is kept outside the database: with a
/// plain hash anyone who can write the table could rewrite rows and recompute the chain, but without the key they
/// cannot compute a hash the verifier accepts.
/// </summary>
public sealed class Loggnyckel
{
    public const int MinstaLangd = 32;

    private readonly byte[] _nyckel;

    public Loggnyckel(ReadOnlySpan<byte> nyckel)
    {
        if (nyckel.Length < MinstaLangd)
        {
            throw new DomainException($"Granskningsloggens nyckel måste vara minst {MinstaLangd} byte (256 bitar), men är {nyckel.Length}.");
        }
        _nyckel = nyckel.ToArray();
    }

    /// <summary>A key written as base64, as <c>openssl rand -base64 32</c> prints it.</summary>
    public static Loggnyckel FranBase64(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new DomainException("Granskningsloggens nyckel är inte giltig base64 (skapa en med: openssl rand -base64 32).", e);
        }
        return new Loggnyckel(bytes);
    }

    internal string Signera(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(_nyckel, Encoding.UTF8.GetBytes(text)));
}
