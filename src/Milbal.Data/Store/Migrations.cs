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
        new(1, "datasets, imports, series and their values (observations view), footnotes, user groups", """
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
            -- A series is what every value of one file shares (OWID's "variable"): dataset, edition, file part,
            -- measure, unit and period. Values point at it, so a value's provenance and unit are stored once per series.
            CREATE TABLE series (
                series_id   INTEGER PRIMARY KEY,
                dataset     VARCHAR NOT NULL,
                edition     VARCHAR NOT NULL,
                part        VARCHAR NOT NULL,
                measure     VARCHAR NOT NULL,
                unit_kind   VARCHAR NOT NULL,
                currency    VARCHAR,
                scale       TINYINT NOT NULL,
                price_basis VARCHAR NOT NULL,
                base_year   SMALLINT,
                conversion  VARCHAR NOT NULL,
                unit_label  VARCHAR,
                unit        VARCHAR NOT NULL,
                period      VARCHAR NOT NULL
            );
            CREATE TABLE series_values (
                series_id INTEGER NOT NULL,
                entity    VARCHAR NOT NULL,
                year      SMALLINT NOT NULL,
                value     DOUBLE NOT NULL,
                flags     VARCHAR NOT NULL,
                footnotes VARCHAR,
                note      VARCHAR
            );
            -- The one table users query: every value with its provenance, unit and flags.
            CREATE VIEW observations AS
            SELECT s.dataset, s.edition, s.part, v.entity, v.year, s.measure, v.value, s.unit_kind, s.currency, s.scale,
                   s.price_basis, s.base_year, s.conversion, s.unit_label, s.unit, s.period, v.flags, v.footnotes, v.note
            FROM series_values v JOIN series s USING (series_id);
            CREATE TABLE footnotes (
                dataset VARCHAR NOT NULL,
                edition VARCHAR NOT NULL,
                part    VARCHAR NOT NULL,
                symbol  VARCHAR NOT NULL,
                text    VARCHAR NOT NULL
            );
            CREATE TABLE store_meta (
                key   VARCHAR PRIMARY KEY,
                value VARCHAR NOT NULL
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
