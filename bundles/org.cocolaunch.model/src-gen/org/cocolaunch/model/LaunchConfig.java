/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a user decides for one launch, vendor-neutral part: the currency between front ends (CLI, trace import, explain, plan editor, debugger) and vendor engines. Each vendor model extends it with its own settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.LaunchConfig#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchConfig#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchConfig#getInitrd <em>Initrd</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchConfig#getAppend <em>Append</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchConfig#getVcpus <em>Vcpus</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getLaunchConfig()
 * @model abstract="true"
 * @generated
 */
public interface LaunchConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firmware image (OVMF/TDVF) path as the user gave it; relative paths resolve against the front end's working directory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchConfig_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchConfig#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kernel (bzImage) for measured direct boot, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchConfig_Kernel()
	 * @model
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchConfig#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initrd given with the kernel, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initrd</em>' attribute.
	 * @see #setInitrd(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchConfig_Initrd()
	 * @model
	 * @generated
	 */
	String getInitrd();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchConfig#getInitrd <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initrd</em>' attribute.
	 * @see #getInitrd()
	 * @generated
	 */
	void setInitrd(String value);

	/**
	 * Returns the value of the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kernel command line given with the kernel, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Append</em>' attribute.
	 * @see #setAppend(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchConfig_Append()
	 * @model
	 * @generated
	 */
	String getAppend();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchConfig#getAppend <em>Append</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Append</em>' attribute.
	 * @see #getAppend()
	 * @generated
	 */
	void setAppend(String value);

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of vCPUs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchConfig_Vcpus()
	 * @model
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchConfig#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

} // LaunchConfig
