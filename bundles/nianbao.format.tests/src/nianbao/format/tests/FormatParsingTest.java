package nianbao.format.tests;
