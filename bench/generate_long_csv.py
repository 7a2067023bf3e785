#!/usr/bin/env python3
"""Write a long-layout benchmark CSV for MixShift's importer.

    python3 generate_long_csv.py OUT.csv [--providers 200] [--metrics 5] [--quarters 1000]

One row per provider x metric x quarter (the defaults give 1,000,000 rows), UTF-8 without BOM, LF,
header `provider,metric,period,value,unit,currency,source`. Rows are written in batches, so memory use does
not grow with the row count. The output is deterministic: the same arguments give the same bytes.
"""
import argparse
import random
import sys

METRICS = ["revenue", "operating_income", "adjusted_ebita", "market_share", "revenue_growth_yoy"]
MONEY = {"revenue", "operating_income", "adjusted_ebita"}
SOURCE = "Generated benchmark data"
BATCH = 20000  # rows per write


def positive_int(text):
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", metavar="OUT.csv", help="file to write ('-' for standard output)")
    parser.add_argument("--providers", type=positive_int, default=200)
    parser.add_argument("--metrics", type=positive_int, default=5,
                        help=f"how many of {', '.join(METRICS)} (default: all 5)")
    parser.add_argument("--quarters", type=positive_int, default=1000)
    parser.add_argument("--start-year", type=int, default=1800,
                        help="year of the first quarter (default 1800: 1000 quarters end in 2049Q4; MixShift "
                             "takes years 1800-2200)")
    parser.add_argument("--seed", type=int, default=20240701)
    args = parser.parse_args()

    if args.metrics > len(METRICS):
        parser.error(f"--metrics: at most {len(METRICS)}")
    last_year = args.start_year + (args.quarters - 1) // 4
    if args.start_year < 1800 or last_year > 2200:
        parser.error(f"periods would run from {args.start_year} to {last_year}; MixShift takes years 1800-2200")

    rng = random.Random(args.seed)
    width = max(3, len(str(args.providers)))
    periods = [f"{args.start_year + q // 4}Q{q % 4 + 1}" for q in range(args.quarters)]
    metrics = METRICS[: args.metrics]

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    rows = 0
    try:
        out.write("provider,metric,period,value,unit,currency,source\n")
        batch = []
        for p in range(1, args.providers + 1):
            provider = f"Provider {p:0{width}d}"
            for metric in metrics:
                if metric in MONEY:
                    # million USD with two decimals; operating figures can be losses
                    low = -50000 if metric != "revenue" else 0
                    prefix = f"{provider},{metric},"
                    suffix = f",million,USD,{SOURCE}\n"
                    for period in periods:
                        cents = rng.randint(low, 5000000)
                        sign = "-" if cents < 0 else ""
                        cents = abs(cents)
                        batch.append(f"{prefix}{period},{sign}{cents // 100}.{cents % 100:02d}{suffix}")
                        if len(batch) >= BATCH:
                            out.writelines(batch)
                            rows += len(batch)
                            batch.clear()
                else:
                    # percent: shares 0..60.00, growth -50.0..150.0
                    prefix = f"{provider},{metric},"
                    suffix = f",%,,{SOURCE}\n"
                    share = metric == "market_share"
                    for period in periods:
                        if share:
                            hundredths = rng.randint(0, 6000)
                            value = f"{hundredths // 100}.{hundredths % 100:02d}"
                        else:
                            tenths = rng.randint(-500, 1500)
                            sign = "-" if tenths < 0 else ""
                            tenths = abs(tenths)
                            value = f"{sign}{tenths // 10}.{tenths % 10}"
                        batch.append(f"{prefix}{period},{value}{suffix}")
                        if len(batch) >= BATCH:
                            out.writelines(batch)
                            rows += len(batch)
                            batch.clear()
        out.writelines(batch)
        rows += len(batch)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{rows} rows ({args.providers} providers x {len(metrics)} metrics x {args.quarters} quarters, "
          f"{periods[0]}..{periods[-1]}) -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
