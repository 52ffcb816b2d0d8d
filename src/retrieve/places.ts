import { createRequire } from "node:module";
import type { KeywordIndex } from "../store/keyword-index.js";
import type { Tokenizer } from "../text/tokenizer.js";

/**
 * China's provinces (and the municipalities and regions of their rank) with the names that place a case in one:
 * the province's own name and its cities', from `china-area-data` (GB/T 2260). The book's cases are Beijing's, so a
 * question about another province ("在山东落地过的案例", "跟河北有关的") is after the few cases that name it, most
 * often only by a city ("威海", "沧州") or a region ("京津冀晋").
 */
export interface Province {
  /** Short name: 山东, 内蒙古, 重庆. */
  name: string;
  /** Its name, its cities' short and full names (威海, 威海市, 凉山, 凉山彝族自治州) and its regions (京津冀). */
  places: readonly string[];
}

type AreaData = Record<string, Record<string, string>>;

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(?:市|地区|盟|自治州|自治县)$/;
/** Peoples named in an autonomous prefecture's name ("凉山彝族自治州"): the place is what comes before. */
const PEOPLES = /(?:[\u4e00-\u9fff]{1,3}族|蒙古)+$/;
/** Beijing's districts: 朝阳 is also a city of 辽宁, but in this book it is Beijing's. */
const DISTRICT_NAMES = [
  "东城",
  "西城",
  "朝阳",
  "丰台",
  "石景山",
  "海淀",
  "门头沟",
  "房山",
  "通州",
  "顺义",
  "昌平",
  "大兴",
  "怀柔",
  "平谷",
  "密云",
  "延庆",
];
const BEIJING_DISTRICTS = new Set(DISTRICT_NAMES);
/** City names that are also common words or company names (阿里云, 东方, 白银, 中山, 大同, 安康). */
const AMBIGUOUS = new Set(["阿里", "东方", "白银", "中山", "大同", "安康"]);
/** Short forms of provinces' names that the book uses alone ("在河北、山东、内蒙等地区"). */
const ALIASES: Record<string, readonly string[]> = { 内蒙古: ["内蒙"] };
/** Regions named by the provinces' one-character names, in questions and cases alike. */
const REGIONS: Record<string, readonly string[]> = {
  京津冀: ["天津", "河北"],
  京津冀晋: ["天津", "河北", "山西"],
  京津冀鲁豫: ["天津", "河北", "山东", "河南"],
  川渝: ["四川", "重庆"],
  成渝: ["四川", "重庆"],
  粤港澳: ["广东", "香港", "澳门"],
  长三角: ["上海", "江苏", "浙江", "安徽"],
  东北三省: ["辽宁", "吉林", "黑龙江"],
};

/** Whether a place is a region named by the provinces' one-character names ("京津冀", "川渝"). */
export function isRegion(place: string): boolean {
  return place in REGIONS;
}

let loaded: readonly Province[] | undefined;

/** The provinces, read from `china-area-data` when first asked for (off the server's cold start). */
function provinces(): readonly Province[] {
  loaded ??= readProvinces(createRequire(import.meta.url)("china-area-data/data.json") as AreaData);
  return loaded;
}

/** Reads the provinces now rather than at the first question (for a server's warm-up). */
export function loadPlaces(): void {
  provinces();
}

function readProvinces(areas: AreaData): Province[] {
  const entries = Object.entries(areas["86"] ?? {}).map(([code, full]) => ({
    code,
    name: full.replace(PROVINCE_SUFFIX, ""),
  }));
  const provinceNames = new Set(entries.map((province) => province.name));
  return entries
    .filter((province) => province.name !== "北京")
    .map(({ code, name }) => {
      // Each city by its short name and its full one: jieba keeps "呼和浩特市" whole where the text has it.
      const cities = Object.values(areas[code] ?? {})
        .filter((full) => !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(full))
        .flatMap((full) => {
          const city = full.replace(CITY_SUFFIX, "").replace(PEOPLES, "");
          const usable =
            city.length >= 2 && !provinceNames.has(city) && !BEIJING_DISTRICTS.has(city) && !AMBIGUOUS.has(city);
          return usable ? [city, full] : [];
        });
      const regions = Object.keys(REGIONS).filter((region) => REGIONS[region]?.includes(name));
      return { name, places: [...new Set([name, ...(ALIASES[name] ?? []), ...cities, ...regions])] };
    });
}

/**
 * The provinces other than Beijing a question names, by name or by a region ("川渝", "京津冀"); a city it names is
 * searched for as it stands.
 * @example namedProvinces("在山东落地过的案例有哪些？").map((p) => p.name) // ["山东"]
 */
export function namedProvinces(question: string): Province[] {
  const named = new Set<string>();
  for (const province of provinces()) {
    if ([province.name, ...(ALIASES[province.name] ?? [])].some((name) => question.includes(name))) {
      named.add(province.name);
    }
  }
  for (const [region, members] of Object.entries(REGIONS)) {
    if (question.includes(region)) for (const member of members) named.add(member);
  }
  return provinces().filter((province) => named.has(province.name));
}

/** Whether `word` is a city outside Beijing, by its short or full name ("保定", "威海市"), not a province or region. */
export function isCity(word: string): boolean {
  return (
    citiesStartingWith()
      .get(word[0] ?? "")
      ?.some((city) => city.name === word) ?? false
  );
}

/**
 * The places a question names that a case it is about should name too: Beijing's districts ("朝阳区卫健委"), the
 * provinces and regions of `namedProvinces`, and other cities, each with the places that stand for it.
 * @example placesNamed("数坤的心肺筛查在朝阳区铺了几家医院？") // [{name: "朝阳", places: ["朝阳"]}]
 */
export function placesNamed(question: string): Province[] {
  const districts = DISTRICT_NAMES.filter((name) => question.includes(name)).map((name) => ({ name, places: [name] }));
  const named = namedProvinces(question);
  const provinceNames = new Set(named.map((province) => province.name));
  // A city the question names ("武汉东湖高新那边") must be named itself, short or full: its province is not enough.
  const cities = [...new Set(question)]
    .flatMap((char) => citiesStartingWith().get(char) ?? [])
    .filter(({ name, province }) => !provinceNames.has(province) && question.includes(name));
  // "武汉市" names 武汉 once.
  const distinct = cities.filter(
    (city) => !cities.some((other) => other.name.length > city.name.length && other.name.startsWith(city.name)),
  );
  return [...districts, ...named, ...distinct.map(({ name, places }) => ({ name, places }))];
}

let cityIndex: Map<string, Array<{ name: string; province: string; places: readonly string[] }>> | undefined;

/** The cities outside Beijing by their first character, each with its province and its short and full names. */
function citiesStartingWith() {
  if (!cityIndex) {
    cityIndex = new Map();
    for (const province of provinces()) {
      for (const place of province.places) {
        if (place === province.name || isRegion(place) || (ALIASES[province.name] ?? []).includes(place)) continue;
        const short = place.replace(CITY_SUFFIX, "");
        const entry = {
          name: place,
          province: province.name,
          places: province.places.filter((other) => other.startsWith(short)),
        };
        const first = place[0] as string;
        cityIndex.set(first, [...(cityIndex.get(first) ?? []), entry]);
      }
    }
  }
  return cityIndex;
}

/**
 * Items (cases) of a keyword index that name a place of the given provinces, most places first. A place counts
 * only as a whole term of the tokenizer, so "平台中" does not name 台中; a region jieba cuts apart counts by all
 * its pieces.
 */
export function placeRanking(
  provinces: readonly Province[],
  index: KeywordIndex,
  tokenizer: Tokenizer,
  accept?: (item: number) => boolean,
): number[] {
  const counts = new Map<number, number>();
  for (const place of new Set(provinces.flatMap((province) => province.places))) {
    for (const item of itemsNaming(place, index, tokenizer)) {
      if (!accept || accept(item)) counts.set(item, (counts.get(item) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([item]) => item);
}

/**
 * The items that name a place: as a whole term, or for a region jieba cuts apart ("京津冀晋" → 京津冀 / 晋), with
 * every one of its pieces.
 */
function itemsNaming(place: string, index: KeywordIndex, tokenizer: Tokenizer): number[] {
  const terms = tokenizer.tokenize(place);
  if (terms.includes(place)) return Array.from(index.itemsWith(place));
  if (!isRegion(place)) return [];
  const [first, ...rest] = terms.map((term) => new Set(Array.from(index.itemsWith(term))));
  return first ? [...first].filter((item) => rest.every((items) => items.has(item))) : [];
}
