namespace CrossCheck.Tests.Text;

/// <summary>The two founding seed articles, read from ../shared/seeds relative to the repository root.</summary>
internal static class SeedFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrossCheck.slnx")))
            {
                dir = dir.Parent;
            }

            return dir is null
                ? throw new InvalidOperationException("CrossCheck.slnx not found above " + AppContext.BaseDirectory)
                : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
        }
    }
}
