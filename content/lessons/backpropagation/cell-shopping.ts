import { AddLayer, MulLayer } from "kobai";

// The book's 5.4.2 code: 2 apples at 100 yen, 3 oranges at 150 yen, tax 1.1 (図5-17).
//ja: 本書の5.4.2項のコードです。100 円のりんごを 2 個、150 円のみかんを 3 個買い、
//ja: 消費税は 1.1 倍です(図5-17)。
const apple = 100,
  appleNum = 2,
  orange = 150,
  orangeNum = 3,
  tax = 1.1;

const mulAppleLayer = new MulLayer();
const mulOrangeLayer = new MulLayer();
const addAppleOrangeLayer = new AddLayer();
const mulTaxLayer = new MulLayer();

// forward: left to right
//ja: 順伝播:左から右へ
const applePrice = mulAppleLayer.forward(apple, appleNum); // 200
const orangePrice = mulOrangeLayer.forward(orange, orangeNum); // 450
const allPrice = addAppleOrangeLayer.forward(applePrice, orangePrice); // 650
const price = mulTaxLayer.forward(allPrice, tax); // 715

// backward: right to left, starting from ∂L/∂L = 1
//ja: 逆伝播:∂L/∂L = 1 から始めて、右から左へ
const dprice = 1;
const [dallPrice, dtax] = mulTaxLayer.backward(dprice);
const [dapplePrice, dorangePrice] = addAppleOrangeLayer.backward(dallPrice);
const [dorange, dorangeNum] = mulOrangeLayer.backward(dorangePrice);
const [dapple, dappleNum] = mulAppleLayer.backward(dapplePrice);

console.log("price", price);
console.log("dApple", dapple, "dAppleNum", dappleNum);
console.log("dOrange", dorange, "dOrangeNum", dorangeNum);
console.log("dTax", dtax);
