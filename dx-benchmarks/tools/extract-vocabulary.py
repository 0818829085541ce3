# Extracts the phrase lists in src/main/resources/io/github/dxplan/benchmarks/vocabulary.txt
# from the seed plans. Run from the repository root: python3 dx-benchmarks/tools/extract-vocabulary.py > ...
# Needs PyYAML; only for regenerating the committed file, never at build or run time.
import yaml, glob, re, sys
sec = {k: [] for k in ["policyTitle","measureTitle","initiativeTitle","kpiName","unit","department","roadmapLabel","vision","sentence"]}
def add(k, v):
    if isinstance(v, str):
        v = v.strip().replace("\\*", "")
        if v and "\n" not in v and len(v) <= 200 and v not in sec[k]:
            sec[k].append(v)
for f in sorted(glob.glob("dx-examples/src/main/resources/plans/*.yaml")):
    d = yaml.safe_load(open(f, encoding="utf-8"))
    add("vision", d.get("vision"))
    def kpis(o):
        for k in o.get("kpis") or []:
            add("kpiName", k.get("name")); add("unit", k.get("unit"))
    def desc(o):
        t = o.get("description")
        if isinstance(t, str):
            for s in re.split(r"(?<=。)", t.replace("\\*", "")):
                s = s.strip()
                if 12 <= len(s) <= 160: add("sentence", s)
    def deps(o):
        dd = o.get("departments") or {}
        for x in (dd.get("responsible") or []) + (dd.get("related") or []): add("department", x)
    for p in d.get("policies") or []:
        add("policyTitle", p.get("title")); desc(p); kpis(p)
        for m in p.get("measures") or []:
            add("measureTitle", m.get("title")); desc(m); kpis(m); deps(m)
            for i in m.get("initiatives") or []:
                add("initiativeTitle", i.get("title")); desc(i); kpis(i); deps(i)
                for r in i.get("roadmap") or []: add("roadmapLabel", r.get("label"))
print("# Phrases taken from the five seed plans (dx-examples/src/main/resources/plans), one per line,")
print("# grouped by [section]. Regenerate with dx-benchmarks/tools/extract-vocabulary.py.")
for k, v in sec.items():
    print(f"[{k}]")
    for x in v: print(x)
