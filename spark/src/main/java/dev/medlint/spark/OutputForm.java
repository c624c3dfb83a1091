package dev.medlint.spark;

/** How the job writes its outputs: Parquet, or JSON Lines (Spark's JSON writer, one object a line). */
public enum OutputForm {
    PARQUET, JSONL
}
