import { chromium } from '/work/main/tools/node_modules/playwright-core/index.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.setContent('<p id=a>x</p><script>window.log=[];addEventListener("beforeprint",()=>{log.push("before");document.getElementById("a").textContent="PRINTING"});addEventListener("afterprint",()=>log.push("after"));matchMedia("print").addEventListener("change",e=>log.push("mq "+e.matches));</script>');
await page.pdf({ path: '/tmp/bp.pdf' });
console.log(await page.evaluate(() => window.log));
await browser.close();
