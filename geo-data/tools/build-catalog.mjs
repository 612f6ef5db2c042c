#!/usr/bin/env node
// Writes data/catalog.json: one SKU per combination of a product's spec values, numbered in order.
// Run `node tools/build-catalog.mjs`. Appending products keeps existing SKU codes stable.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'catalog.json');

const categories = [
  { code: 'DRINK', name: '饮料' },
  { code: 'SNACK', name: '零食' },
  { code: 'DAIRY', name: '乳品' },
  { code: 'INSTANT', name: '方便速食' },
  { code: 'BAKERY', name: '面包糕点' },
  { code: 'HOUSEHOLD', name: '日用品' },
  { code: 'CARE', name: '个人护理' },
  { code: 'FRESH', name: '生鲜水果' },
  { code: 'LIQUOR', name: '酒类' },
  { code: 'APPAREL', name: '服饰' },
];

// price: fen for a single-SKU product, or a map from the spec values joined by '/' to fen,
// or a function of the attributes. All prices are fictional but in the usual shelf range.
const products = [
  ['DRINK', '农夫山泉 饮用天然水 550ml', '天然水源，适合日常饮用。', [['规格', ['单瓶', '12瓶装']]], { 单瓶: 200, '12瓶装': 2200 }],
  ['DRINK', '可口可乐 330ml 罐装', '经典原味碳酸饮料，冰镇更佳。', [['规格', ['单罐', '6罐装']]], { 单罐: 300, '6罐装': 1650 }],
  ['DRINK', '元气森林 白桃味苏打气泡水 480ml', '0 糖 0 脂 0 卡，白桃风味。', [['规格', ['单瓶', '6瓶装']]], { 单瓶: 550, '6瓶装': 2990 }],
  ['DRINK', '东方树叶 茉莉花茶 500ml', '无糖茶饮料。', [], 500],
  ['DRINK', '康师傅 冰红茶 500ml', '柠檬风味红茶饮料。', [], 350],
  ['DRINK', '雀巢咖啡 丝滑拿铁 268ml', '即饮咖啡饮料。', [], 650],
  ['DRINK', '红牛 维生素功能饮料 250ml', '补充能量，缓解疲劳。', [['规格', ['单罐', '6罐装']]], { 单罐: 600, '6罐装': 3400 }],
  ['DRINK', '三得利 无糖乌龙茶 500ml', '无糖，乌龙茶叶萃取。', [], 550],
  ['SNACK', '乐事 薯片 70g', '马铃薯片，多种口味。', [['口味', ['原味', '黄瓜味', '青柠味']]], 750],
  ['SNACK', '奥利奥 原味夹心饼干 97g', '巧克力饼干夹香草味奶油。', [], 690],
  ['SNACK', '旺旺 雪饼 84g', '香脆米饼。', [], 590],
  ['SNACK', '良品铺子 猪肉脯 100g', '靖江风味猪肉脯。', [['口味', ['原味', '黑胡椒味']]], 1990],
  ['SNACK', '德芙 丝滑牛奶巧克力 43g', '牛奶巧克力排块。', [], 890],
  ['SNACK', '三只松鼠 每日坚果 25g', '混合坚果与果干。', [['规格', ['单袋', '7袋装']]], { 单袋: 450, '7袋装': 2990 }],
  ['DAIRY', '光明 纯牛奶 250ml', '常温灭菌乳。', [['规格', ['单盒', '12盒装']]], { 单盒: 400, '12盒装': 4290 }],
  ['DAIRY', '蒙牛 特仑苏 纯牛奶 250ml', '每 100ml 含 3.6g 乳蛋白。', [['规格', ['单盒', '12盒装']]], { 单盒: 550, '12盒装': 5990 }],
  ['DAIRY', '伊利 安慕希 希腊风味酸奶 205g', '常温酸奶。', [['口味', ['原味', '草莓味']]], 650],
  ['DAIRY', '光明 优倍 鲜牛奶 950ml', '巴氏杀菌，需冷藏。', [], 1680],
  ['DAIRY', '养乐多 活菌型乳酸菌乳饮品 100ml×5', '需冷藏。', [], 1050],
  ['INSTANT', '康师傅 红烧牛肉面', '方便面。', [['规格', ['桶装', '袋装五连包']]], { 桶装: 550, 袋装五连包: 1450 }],
  ['INSTANT', '统一 老坛酸菜牛肉面 桶装', '方便面。', [], 550],
  ['INSTANT', '三全 猪肉大葱水饺 500g', '速冻水饺，需冷冻。', [], 1690],
  ['INSTANT', '自嗨锅 麻辣牛肉自热火锅', '加冷水自热，约 15 分钟。', [], 2990],
  ['INSTANT', '梅林 午餐肉罐头 340g', '猪肉罐头。', [], 1690],
  ['BAKERY', '桃李 醇熟切片面包 400g', '短保切片面包。', [], 1090],
  ['BAKERY', '达利园 法式软面包 200g', '独立小包装。', [['口味', ['香奶味', '香橙味']]], 990],
  ['HOUSEHOLD', '维达 超韧抽纸 3层100抽', '原生木浆。', [['规格', ['单包', '6包装']]], { 单包: 450, '6包装': 2290 }],
  ['HOUSEHOLD', '得宝 迷你手帕纸 4层 10包', '加厚，湿水不易破。', [], 990],
  [
    'HOUSEHOLD',
    '南孚 碱性电池',
    '适用于遥控器、玩具等。',
    [
      ['型号', ['5号', '7号']],
      ['包装', ['2粒', '4粒']],
    ],
    (a) => (a['包装'] === '2粒' ? 590 : 1090),
  ],
  ['HOUSEHOLD', '邻里优选 三折晴雨伞', '防晒涂层，折叠便携。', [['颜色', ['黑色', '藏青', '米白']]], 2990],
  ['CARE', '高露洁 全面防蛀牙膏 140g', '含氟牙膏。', [], 1290],
  ['CARE', '海飞丝 去屑洗发露', '清爽去屑。', [['规格', ['200ml', '400ml']]], { '200ml': 2990, '400ml': 4990 }],
  ['CARE', '舒肤佳 纯白清香型香皂 100g', '日常清洁。', [], 450],
  ['CARE', '苏菲 日用卫生巾 240mm 10片', '超薄棉柔。', [], 1590],
  ['CARE', '曼秀雷敦 天然植物润唇膏 4g', '无色滋润。', [], 2490],
  ['CARE', '一次性医用口罩 10只', '三层防护，独立包装。', [], 990],
  ['FRESH', '香蕉', '进口香蕉，按份称重。', [['重量', ['500g', '1kg']]], { '500g': 500, '1kg': 950 }],
  ['FRESH', '红富士苹果', '脆甜多汁。', [['重量', ['500g', '1kg']]], { '500g': 790, '1kg': 1490 }],
  ['FRESH', '砂糖橘', '皮薄易剥。', [['重量', ['500g', '1kg']]], { '500g': 890, '1kg': 1690 }],
  ['FRESH', '麒麟西瓜 切块 400g', '当日现切，需冷藏。', [], 1290],
  ['FRESH', '新鲜鸡蛋', '散养鸡蛋。', [['规格', ['6枚', '10枚']]], { '6枚': 990, '10枚': 1590 }],
  ['LIQUOR', '青岛啤酒 经典 500ml 罐装', '未满 18 周岁禁止购买。', [['规格', ['单罐', '6罐装']]], { 单罐: 600, '6罐装': 3300 }],
  ['LIQUOR', '雪花啤酒 勇闯天涯 500ml 罐装', '未满 18 周岁禁止购买。', [], 500],
  ['LIQUOR', '百威啤酒 500ml 罐装', '未满 18 周岁禁止购买。', [['规格', ['单罐', '6罐装']]], { 单罐: 750, '6罐装': 4200 }],
  ['LIQUOR', '红星二锅头 56度 500ml', '清香型白酒。未满 18 周岁禁止购买。', [], 2300],
  ['LIQUOR', '古越龙山 绍兴黄酒 五年陈 500ml', '半干型黄酒。未满 18 周岁禁止购买。', [], 2990],
  [
    'APPAREL',
    '邻里优选 纯棉圆领T恤',
    '100% 棉，宽松版型。',
    [
      ['颜色', ['白色', '黑色', '灰色']],
      ['尺码', ['S', 'M', 'L', 'XL']],
    ],
    (a) => (a['尺码'] === 'XL' ? 4200 : 3900),
  ],
  [
    'APPAREL',
    '邻里优选 精梳棉中筒袜 3双装',
    '吸汗透气。',
    [
      ['颜色', ['白色', '黑色']],
      ['尺码', ['M(35-39)', 'L(40-44)']],
    ],
    1500,
  ],
];

function combinations(specs) {
  return specs.reduce((acc, [name, values]) => acc.flatMap((attrs) => values.map((v) => ({ ...attrs, [name]: v }))), [{}]);
}

function priceFor(price, specs, attrs) {
  if (typeof price === 'number') return price;
  if (typeof price === 'function') return price(attrs);
  const key = specs.map(([name]) => attrs[name]).join('/');
  if (!(key in price)) throw new Error(`no price for ${key}`);
  return price[key];
}

let skuSeq = 0;
const catalog = {
  categories,
  products: products.map(([categoryCode, name, description, specs, price], i) => ({
    code: `P-${String(i + 1).padStart(4, '0')}`,
    name,
    categoryCode,
    description,
    specs: specs.map(([specName, values]) => ({ name: specName, values })),
    skus: combinations(specs).map((attributes) => ({
      code: `SKU-${String(++skuSeq).padStart(4, '0')}`,
      attributes,
      priceFen: priceFor(price, specs, attributes),
    })),
  })),
};

// One line per category, spec and SKU keeps the file diffable without being long.
const json = JSON.stringify(catalog, null, 2)
  .replace(/\[\s+("[^"]*"(?:,\s+"[^"]*")*)\s+\]/g, (_, items) => `[${items.replace(/,\s+/g, ', ')}]`)
  .replace(/\{\n\s+([^{}[\]]*?)\n\s+\}/g, (_, body) => `{ ${body.replace(/,\n\s+/g, ', ')} }`)
  .replace(/\{\n\s+("code": "SKU-\d+"),\n\s+"attributes": (\{[^{}]*\}),\n\s+("priceFen": \d+)\n\s+\}/g, '{ $1, "attributes": $2, $3 }')
  .replace(/\{\n\s+("name": "[^"]*"),\n\s+("values": \[[^\]]*\])\n\s+\}/g, '{ $1, $2 }');
writeFileSync(OUT, `${json}\n`);
const skuCount = catalog.products.reduce((n, p) => n + p.skus.length, 0);
console.log(`wrote ${categories.length} categories, ${catalog.products.length} products, ${skuCount} SKUs to ${OUT}`);
