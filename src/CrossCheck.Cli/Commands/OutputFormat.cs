namespace CrossCheck.Cli.Commands;

internal enum OutputFormat
{
    Text,
    Markdown,
    Html,
    Json,
}
