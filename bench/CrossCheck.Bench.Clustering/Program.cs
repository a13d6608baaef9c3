using System.Globalization;
using CrossCheck.Bench.Clustering;
using CrossCheck.Clustering;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: calibrate <docs.jsonl> [shuffles] | score <docs.jsonl> [shuffles] | generate <out.jsonl> <count> [days] [seed] | stream <in.jsonl> [limit]");
    return 2;
}

switch (args[0])
{
    case "calibrate":
        return CalibrateCommand.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    case "score":
    {
        var docs = EcbPlusCalibration.Load(args[1]);
        var shuffles = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        if (args.Length > 3)
        {
            // score <docs> <shuffles> odd|even: only that half of the topics, clustered on their own.
            var parity = args[3] == "odd" ? 1 : 0;
            docs = [.. docs.Where(d => int.Parse(d.Topic, CultureInfo.InvariantCulture) % 2 == parity)];
        }

        for (var seed = 1; seed <= shuffles; seed++)
        {
            Console.WriteLine($"seed {seed}: {EcbPlusCalibration.Run(docs, StreamCommand.Options(), seed)}");
        }

        return 0;
    }

    case "predict":
    {
        // predict <docs.jsonl> <seed>: the clusters of one shuffled run as a JSON list of id lists (for error analysis).
        var docs = EcbPlusCalibration.Load(args[1]);
        var clusters = EcbPlusCalibration.Clusters(docs, StreamCommand.Options(), int.Parse(args[2], CultureInfo.InvariantCulture));
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(clusters));
        return 0;
    }

    case "generate":
        return GenerateCommand.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture),
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30,
            args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1);
    case "explain":
        return ExplainCommand.Run(args.Skip(1));
    case "digest":
        return DigestCommand.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : int.MaxValue);
    case "rewrites":
        return RewritesCommand.Run(args[1..]);
    case "stream":
        return StreamCommand.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : int.MaxValue);
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
