namespace Milbal.Data.Store;

/// <summary>
/// The store's schema, one numbered step at a time. A step is never edited once released: a change is a new step,
/// so a store written by any earlier Milbal can be brought up to date in place.
/// </summary>
internal static class Migrations
{
    public sealed record Step(int Version, string Description, string Sql);

    public static IReadOnlyList<Step> All { get; } =
    [
        new(1, "datasets, imports, observations, footnotes, user groups", """
            CREATE TABLE datasets (
                dataset      VARCHAR NOT NULL,
                edition      VARCHAR NOT NULL,
                publisher    VARCHAR NOT NULL,
                title        VARCHAR NOT NULL,
                release_date DATE,
                address      VARCHAR NOT NULL,
                licence      VARCHAR NOT NULL,
                secondary    BOOLEAN NOT NULL,
                notes        VARCHAR,
                PRIMARY KEY (dataset, edition)
            );
            CREATE TABLE imports (
                dataset       VARCHAR NOT NULL,
                edition       VARCHAR NOT NULL,
                part          VARCHAR NOT NULL,
                file_name     VARCHAR NOT NULL,
                sha256        VARCHAR NOT NULL,
                imported_at   TIMESTAMP NOT NULL,
                rows_stored   BIGINT NOT NULL,
                cells_read    BIGINT NOT NULL,
                cells_skipped BIGINT NOT NULL,
                rows_flagged  BIGINT NOT NULL,
                entities      INTEGER NOT NULL,
                year_min      INTEGER,
                year_max      INTEGER,
                warnings      VARCHAR[] NOT NULL,
                PRIMARY KEY (dataset, edition, part)
            );
            CREATE TABLE observations (
                dataset     VARCHAR NOT NULL,
                edition     VARCHAR NOT NULL,
                part        VARCHAR NOT NULL,
                entity      VARCHAR NOT NULL,
                year        SMALLINT NOT NULL,
                measure     VARCHAR NOT NULL,
                value       DOUBLE NOT NULL,
                unit_kind   VARCHAR NOT NULL,
                currency    VARCHAR,
                scale       TINYINT NOT NULL,
                price_basis VARCHAR NOT NULL,
                base_year   SMALLINT,
                conversion  VARCHAR NOT NULL,
                unit_label  VARCHAR,
                unit        VARCHAR NOT NULL,
                period      VARCHAR NOT NULL,
                flags       VARCHAR NOT NULL,
                footnotes   VARCHAR,
                note        VARCHAR
            );
            CREATE TABLE footnotes (
                dataset VARCHAR NOT NULL,
                edition VARCHAR NOT NULL,
                part    VARCHAR NOT NULL,
                symbol  VARCHAR NOT NULL,
                text    VARCHAR NOT NULL
            );
            CREATE TABLE user_groups (
                id          VARCHAR PRIMARY KEY,
                name        VARCHAR NOT NULL,
                description VARCHAR NOT NULL
            );
            CREATE TABLE user_group_members (
                group_id  VARCHAR NOT NULL,
                entity    VARCHAR NOT NULL,
                from_year SMALLINT NOT NULL,
                to_year   SMALLINT
            );
            """),
    ];

    public static int Latest => All[^1].Version;
}
