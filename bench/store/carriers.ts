import { ObjectId } from 'mongodb';

const CITIES = ['Taicang', 'Kunshan', 'Suzhou', 'Changshu', 'Zhangjiagang', 'Wujiang'];
const LEVELS = ['national', 'provincial', 'city', 'county'];
const TYPES = ['incubator', 'accelerator', 'science-park', 'maker-space'];
const TAGS = ['biomedicine', 'ai', 'chips', 'new-materials', 'equipment', 'software', 'agritech'];

/** A document shaped like the planner's carriers (incubators, parks), about 700 bytes of BSON. */
export function carrier(i: number): Record<string, unknown> {
  const city = CITIES[i % CITIES.length] as string;
  return {
    _id: new ObjectId(),
    code: `CR-${String(i).padStart(6, '0')}`,
    name: `${city}科技创业孵化器 ${i}号`,
    city,
    district: `${city}-D${i % 7}`,
    level: LEVELS[i % LEVELS.length],
    type: TYPES[(i >> 2) % TYPES.length],
    area: Math.round((500 + ((i * 7919) % 20000) + (i % 10) / 10) * 10) / 10,
    capacity: 20 + (i % 180),
    occupied: i % 150,
    tags: [TAGS[i % TAGS.length], TAGS[(i * 3) % TAGS.length]],
    contact: { name: `联系人${i % 97}`, phone: `0512-${String(50000000 + i).slice(0, 8)}` },
    location: { type: 'Point', coordinates: [120.4 + ((i * 13) % 1000) / 1000, 31.1 + ((i * 17) % 600) / 1000] },
    openedAt: new Date(Date.UTC(2010 + (i % 14), i % 12, 1 + (i % 28))),
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    updatedAt: new Date(Date.UTC(2024, 6, 1) + i * 60_000),
    notes: '面向生物医药与人工智能初创企业，提供办公、实验室与投融资对接服务。'.repeat(2),
    active: i % 11 !== 0,
  };
}
