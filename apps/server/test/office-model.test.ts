import { describe, expect, it } from 'vitest';
import { createModels, initModels } from '../src/store/models.ts';
import { connectTestDatabase } from './support/mongo.ts';

describe('Office model on the real MongoDB protocol', () => {
  it('round-trips a document and enforces its unique index', async () => {
    const models = createModels(await connectTestDatabase());
    await initModels(models);
    const { Office } = models;

    await Office.create({ code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    const found = await Office.findOne({ code: '5102' }).lean();
    expect(found).toMatchObject({ code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    expect(found?.createdAt).toBeInstanceOf(Date);

    const duplicate = Office.create({ code: '5102', name: 'Again', timeZone: 'Asia/Makassar' });
    await expect(duplicate).rejects.toMatchObject({ code: 11000 });
    expect(await Office.countDocuments()).toBe(1);
  });

  it('rejects a document that breaks its schema', async () => {
    const { Office } = createModels(await connectTestDatabase());
    await expect(Office.create({ code: '51', name: 'x', timeZone: 'Asia/Makassar' })).rejects.toThrow(/code/);
    await expect(Office.create({ code: '5103', name: 'x', timeZone: 'Europe/Paris' })).rejects.toThrow(/timeZone/);
  });
});
