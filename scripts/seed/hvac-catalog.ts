import { Decimal } from 'decimal.js';

/**
 * Two hundred HVAC products for the demo: air conditioners, heat pumps,
 * ventilation units, pipes and fittings. Generated from a few families so the
 * list is realistic and stable from one run to the next (no randomness).
 */
export interface DemoProduct {
  sku: string;
  name: string;
  unit: string;
  /** Net list price in RON, two decimals. */
  listPrice: string;
}

interface Family {
  prefix: string;
  unit: string;
  items: { model: string; variants: string[]; basePrice: string; step: string }[];
}

const FAMILIES: Family[] = [
  {
    prefix: 'AC',
    unit: 'buc',
    items: [
      {
        model: 'Aer condiționat split inverter',
        variants: ['9000 BTU', '12000 BTU', '18000 BTU', '24000 BTU'],
        basePrice: '1890',
        step: '640',
      },
      {
        model: 'Aer condiționat multisplit unitate exterioară',
        variants: ['2 circuite', '3 circuite', '4 circuite', '5 circuite'],
        basePrice: '4350',
        step: '1280',
      },
      {
        model: 'Unitate interioară de perete',
        variants: ['2,5 kW', '3,5 kW', '5,0 kW', '7,0 kW'],
        basePrice: '980',
        step: '290',
      },
      {
        model: 'Unitate casetă 4 căi',
        variants: ['3,5 kW', '5,0 kW', '7,1 kW', '10 kW'],
        basePrice: '2650',
        step: '720',
      },
      {
        model: 'Unitate duct presiune medie',
        variants: ['5,0 kW', '7,1 kW', '10 kW', '14 kW'],
        basePrice: '3120',
        step: '910',
      },
      {
        model: 'Aer condiționat consolă pardoseală',
        variants: ['2,5 kW', '3,5 kW', '5,0 kW'],
        basePrice: '2240',
        step: '480',
      },
      {
        model: 'Chiller răcit cu aer',
        variants: ['30 kW', '50 kW', '80 kW', '120 kW'],
        basePrice: '48900',
        step: '21500',
      },
      {
        model: 'Sistem VRF unitate exterioară',
        variants: ['22 kW', '28 kW', '33 kW', '45 kW'],
        basePrice: '27400',
        step: '6200',
      },
    ],
  },
  {
    prefix: 'HP',
    unit: 'buc',
    items: [
      {
        model: 'Pompă de căldură aer-apă monobloc',
        variants: ['6 kW', '8 kW', '10 kW', '12 kW', '16 kW'],
        basePrice: '18900',
        step: '2350',
      },
      {
        model: 'Pompă de căldură aer-apă split',
        variants: ['6 kW', '9 kW', '12 kW', '16 kW'],
        basePrice: '21400',
        step: '2800',
      },
      {
        model: 'Pompă de căldură sol-apă',
        variants: ['8 kW', '12 kW', '17 kW', '22 kW'],
        basePrice: '32600',
        step: '5400',
      },
      {
        model: 'Boiler pompă de căldură ACM',
        variants: ['200 l', '270 l', '300 l'],
        basePrice: '7850',
        step: '1150',
      },
      {
        model: 'Rezervor tampon',
        variants: ['100 l', '200 l', '300 l', '500 l'],
        basePrice: '2150',
        step: '690',
      },
      {
        model: 'Modul hidraulic cu pompă de circulație',
        variants: ['DN25', 'DN32', 'DN40'],
        basePrice: '3400',
        step: '820',
      },
    ],
  },
  {
    prefix: 'VT',
    unit: 'buc',
    items: [
      {
        model: 'Centrală de ventilație cu recuperare de căldură',
        variants: ['150 m³/h', '250 m³/h', '350 m³/h', '500 m³/h', '800 m³/h'],
        basePrice: '6900',
        step: '2150',
      },
      {
        model: 'Ventilator de tubulatură',
        variants: ['Ø100', 'Ø125', 'Ø160', 'Ø200', 'Ø250', 'Ø315'],
        basePrice: '420',
        step: '160',
      },
      {
        model: 'Recuperator de căldură descentralizat',
        variants: ['30 m³/h', '45 m³/h', '60 m³/h'],
        basePrice: '1850',
        step: '420',
      },
      {
        model: 'Grilă de ventilație reglabilă',
        variants: ['200x100', '300x150', '400x200', '500x250'],
        basePrice: '78',
        step: '36',
      },
      {
        model: 'Anemostat circular',
        variants: ['Ø125', 'Ø160', 'Ø200', 'Ø250'],
        basePrice: '96',
        step: '38',
      },
      {
        model: 'Filtru de aer F7 pentru centrală',
        variants: ['mărime 1', 'mărime 2', 'mărime 3'],
        basePrice: '145',
        step: '55',
      },
      {
        model: 'Clapetă antifoc circulară',
        variants: ['Ø125', 'Ø160', 'Ø200', 'Ø250', 'Ø315'],
        basePrice: '690',
        step: '140',
      },
    ],
  },
  {
    prefix: 'PF',
    unit: 'm',
    items: [
      {
        model: 'Țeavă cupru frigorific izolată',
        variants: ['1/4"', '3/8"', '1/2"', '5/8"', '3/4"'],
        basePrice: '24.5',
        step: '9.8',
      },
      {
        model: 'Țeavă PPR PN20',
        variants: ['Ø20', 'Ø25', 'Ø32', 'Ø40', 'Ø50', 'Ø63'],
        basePrice: '6.4',
        step: '4.35',
      },
      {
        model: 'Țeavă PEX-AL-PEX',
        variants: ['16x2', '20x2', '26x3', '32x3'],
        basePrice: '7.9',
        step: '4.2',
      },
      {
        model: 'Tub flexibil aluminiu izolat',
        variants: ['Ø102', 'Ø127', 'Ø160', 'Ø203'],
        basePrice: '18.5',
        step: '6.75',
      },
      {
        model: 'Tubulatură spiro zincată',
        variants: ['Ø100', 'Ø125', 'Ø160', 'Ø200', 'Ø250'],
        basePrice: '29',
        step: '8.5',
      },
      {
        model: 'Izolație elastomerică tubulară 13 mm',
        variants: ['Ø18', 'Ø22', 'Ø28', 'Ø35'],
        basePrice: '5.2',
        step: '1.65',
      },
    ],
  },
  {
    prefix: 'FT',
    unit: 'buc',
    items: [
      {
        model: 'Cot cupru 90°',
        variants: ['1/4"', '3/8"', '1/2"', '5/8"', '3/4"'],
        basePrice: '3.9',
        step: '1.7',
      },
      {
        model: 'Teu PPR egal',
        variants: ['Ø20', 'Ø25', 'Ø32', 'Ø40'],
        basePrice: '1.8',
        step: '1.45',
      },
      {
        model: 'Mufă PPR',
        variants: ['Ø20', 'Ø25', 'Ø32', 'Ø40'],
        basePrice: '0.95',
        step: '0.8',
      },
      {
        model: 'Racord olandez alamă',
        variants: ['1/2"', '3/4"', '1"', '5/4"'],
        basePrice: '12.4',
        step: '6.3',
      },
      {
        model: 'Robinet cu bilă alamă',
        variants: ['1/2"', '3/4"', '1"', '5/4"', '6/4"'],
        basePrice: '28',
        step: '14.5',
      },
      {
        model: 'Suport unitate exterioară',
        variants: ['450 mm', '550 mm'],
        basePrice: '89',
        step: '31',
      },
      {
        model: 'Pompă de condens',
        variants: ['10 l/h', '20 l/h'],
        basePrice: '310',
        step: '95',
      },
      {
        model: 'Colier metalic cu garnitură',
        variants: ['Ø100', 'Ø125', 'Ø160', 'Ø200'],
        basePrice: '7.6',
        step: '2.1',
      },
      {
        model: 'Reducție spiro',
        variants: ['125/100', '160/125', '200/160'],
        basePrice: '21',
        step: '7',
      },
      {
        model: 'Vas de expansiune',
        variants: ['8 l', '12 l', '18 l', '24 l'],
        basePrice: '115',
        step: '38',
      },
    ],
  },
];

/** The demo catalog: exactly 200 products with unique SKUs. */
export function hvacCatalog(): DemoProduct[] {
  const products: DemoProduct[] = [];

  for (const family of FAMILIES) {
    family.items.forEach((item, itemIndex) => {
      item.variants.forEach((variant, variantIndex) => {
        const price = new Decimal(item.basePrice).plus(new Decimal(item.step).times(variantIndex));
        products.push({
          sku: `${family.prefix}-${twoDigits(itemIndex + 1)}${twoDigits(variantIndex + 1)}`,
          name: `${item.model} ${variant}`,
          unit: family.unit,
          listPrice: price.toFixed(2),
        });
      });
    });
  }

  // Each family also sells a second line of a partner brand, until the list has 200.
  const base = [...products];
  for (let i = 0; products.length < 200; i += 1) {
    const original = base[i % base.length]!;
    products.push({
      sku: `${original.sku}-P`,
      name: `${original.name} (linie partener)`,
      unit: original.unit,
      listPrice: new Decimal(original.listPrice).times('0.92').toFixed(2),
    });
  }
  return products.slice(0, 200);
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}
