#ifndef JRE_CXGBOOST_SHIM_H
#define JRE_CXGBOOST_SHIM_H

/*
 * XGBoost's C API (libxgboost-dev). Only JRETraining imports this module: the pure core reads
 * the JSON model format on its own and never links the library.
 */
#include <stdint.h>
#include <xgboost/c_api.h>

#endif
